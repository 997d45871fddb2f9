/// The built-in query explorer (PRODUCT.md §8, SEMANTICS.md §11.6): one self-contained HTML page,
/// its CSS and scripts inline, that a browser asking `GET /graphql` for `text/html` is served.
///
/// The page is written as plain files under `Page/` (so they can be read, edited and checked as
/// HTML, CSS and JavaScript), embedded into the binary by SwiftPM and put together once here.
public enum ExplorerPage {
    /// The `Content-Type` to serve `html` with.
    public static let contentType = "text/html; charset=utf-8"

    /// The whole page as UTF-8 bytes.
    public static let html: [UInt8] = Array(
        PageAssembly.assemble(template: text(PackageResources.explorer_html), parts: parts).utf8
    )

    /// The files the template includes, by the name its include lines use.
    static let parts: [String: String] = [
        "explorer.css": text(PackageResources.explorer_css),
        "lexer.js": text(PackageResources.lexer_js),
        "reader.js": text(PackageResources.reader_js),
        "complete.js": text(PackageResources.complete_js),
        "prettify.js": text(PackageResources.prettify_js),
        "editor.js": text(PackageResources.editor_js),
        "schema.js": text(PackageResources.schema_js),
        "docs.js": text(PackageResources.docs_js),
        "saved.js": text(PackageResources.saved_js),
        "app.js": text(PackageResources.app_js),
        "selftest.js": text(PackageResources.selftest_js),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

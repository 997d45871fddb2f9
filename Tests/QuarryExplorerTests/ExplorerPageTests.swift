import Testing
@testable import QuarryExplorer

/// The served page (SEMANTICS.md §11.6): whole, UTF-8, self-contained, with what the browser check drives.
@Suite struct ExplorerPageTests {
    let page: String

    init() throws {
        page = try #require(String(validating: ExplorerPage.html, as: UTF8.self))
    }

    @Test func isAnHTMLDocumentDeclaringItsCharsetEarly() throws {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(ExplorerPage.contentType == "text/html; charset=utf-8")
        // HTML requires the charset declaration within the first 1024 bytes.
        let head = String(decoding: ExplorerPage.html.prefix(1024), as: UTF8.self)
        #expect(head.contains("<meta charset=\"utf-8\">"))
    }

    @Test func includesEveryPartOnceAndNoIncludeLineIsLeft() {
        #expect(!page.contains("<!-- include"))
        for (name, part) in ExplorerPage.parts {
            #expect(!part.isEmpty, "\(name) is empty")
            let body = String(part.reversed().drop(while: { $0 == "\n" }).reversed())
            #expect(page.ranges(of: body).count == 1, "\(name) is not included exactly once")
        }
        // All scripts share one strict-mode script element, in the order they depend on each other.
        #expect(page.ranges(of: "<script>").count == 1)
        let order = ["lexer.js", "reader.js", "complete.js", "prettify.js", "editor.js", "schema.js", "docs.js", "saved.js", "app.js", "selftest.js"]
        let starts = order.compactMap { name in ExplorerPage.parts[name].flatMap { page.firstRange(of: $0.prefix(80))?.lowerBound } }
        #expect(starts.count == order.count && starts == starts.sorted())
    }

    @Test func referencesNoOtherOrigin() {
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("<script src"))
        #expect(!page.contains("@import"))
        for opener in ["src=\"", "href=\"", "src='", "href='", "url(", "url(\"", "url('", "fetch(\"", "fetch('", "fetch(`", "import(\"", "import('"] {
            for start in page.ranges(of: opener) {
                let rest = page[start.upperBound...]
                #expect(!rest.hasPrefix("//"), "\(opener)// at \(page.distance(from: page.startIndex, to: start.lowerBound))")
            }
        }
    }

    @Test func theBrowserEnforcesTheSameOriginToo() throws {
        let policy = try #require(page.firstRange(of: "http-equiv=\"Content-Security-Policy\" content=\"")).upperBound
        let value = page[policy...].prefix(while: { $0 != "\"" })
        let directives = value.split(separator: ";").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(directives.contains("default-src 'none'"))
        #expect(directives.contains("connect-src 'self'"))
        #expect(directives.contains("script-src 'unsafe-inline'"))
    }

    @Test(arguments: [
        "id=\"query\"", "id=\"variables\"", "id=\"run\"", "id=\"result\"", "id=\"completions\"",
        "id=\"problems\"", "id=\"docs-body\"", "id=\"saved-list\"", "id=\"schema-status\"",
        "<pre id=\"selftest-verdict\" data-status=\"none\" hidden></pre>",
        "QX.endpoint = \"/graphql\"", "QX.savedEndpoint = \"/queries\"",
        "\"Content-Type\": \"application/json\"", "location.hash.includes(\"selftest\")",
        "aria-label=\"Search the schema\"", "role=\"listbox\"",
    ])
    func containsWhatTheBrowserCheckDrives(piece: String) {
        #expect(page.contains(piece))
    }
}

/// The include rule the page is assembled by (and the stub server copies).
@Suite struct PageAssemblyTests {
    @Test func replacesWholeIncludeLinesAndLeavesEverythingElse() {
        let template = "<style>\n  <!-- include a.css -->\n</style>\nx <!-- include a.css -->\n<!-- include missing.js -->\n"
        let out = PageAssembly.assemble(template: template, parts: ["a.css": "p { }\n\n"])
        #expect(out == "<style>\np { }\n</style>\nx <!-- include a.css -->\n<!-- include missing.js -->\n")
    }

    @Test func acceptsOnlyPlainFileNames() {
        #expect(PageAssembly.includedName("<!-- include app.js -->") == "app.js")
        #expect(PageAssembly.includedName("\t<!-- include a_b-1.css -->  ") == "a_b-1.css")
        #expect(PageAssembly.includedName("<!-- include ../x.js -->") == nil)
        #expect(PageAssembly.includedName("<!-- include a b -->") == nil)
        #expect(PageAssembly.includedName("<!-- include  -->") == nil)
    }
}

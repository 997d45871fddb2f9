import Foundation
import Testing

/// The page in a real headless Chromium with the network cut off, served by the stub server over
/// the bundled root (Scripts/explorer-stub-server.py answering through the built `quarry query`),
/// checked by Scripts/explorer-browser-check.sh: its self-test and typed keys must all pass.
/// Skipped when the machine has no Chromium, no python3, or the `quarry` binary is not built
/// next to the tests (`swift build --build-tests` builds it).
@Suite struct ExplorerBrowserTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let quarry = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("quarry").path
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy
        .flatMap { name in ["/usr/bin/", "/usr/local/bin/"].map { $0 + name } }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let ready = chromium != nil && python != nil && FileManager.default.isExecutableFile(atPath: quarry)

    @Test(.enabled(if: ready, "needs chromium, python3 and the built quarry binary"), .timeLimit(.minutes(3)))
    func explorerPassesTheHeadlessBrowserCheck() throws {
        let stub = Process()
        stub.executableURL = URL(fileURLWithPath: try #require(Self.python))
        stub.arguments = [Self.repository.appendingPathComponent("Scripts/explorer-stub-server.py").path,
                          "--port", "0", "--quarry", Self.quarry, "--root", Self.repository.path]
        let stubOutput = Pipe()
        stub.standardOutput = stubOutput
        stub.standardError = FileHandle.nullDevice
        try stub.run()
        defer { Self.stop(stub) }
        let base = try #require(Self.readBaseURL(stubOutput.fileHandleForReading))

        let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-check-\(getpid())")
        defer { try? FileManager.default.removeItem(at: outdir) }
        var environment = ProcessInfo.processInfo.environment
        environment["CHROMIUM"] = Self.chromium
        let script = Self.repository.appendingPathComponent("Scripts/explorer-browser-check.sh").path
        let (status, report) = try run(script, [base, outdir.path], environment: environment)

        #expect(status == 0, "\(report)")
        #expect(report.hasSuffix("explorer browser check: passed (screenshot \(outdir.path)/explorer.png)\n"), "\(report)")
        let verdict = try JSONSerialization.jsonObject(with: Data(contentsOf: outdir.appendingPathComponent("verdict.json"))) as? [String: Any]
        #expect(verdict?["status"] as? String == "pass")
        let png = try Data(contentsOf: outdir.appendingPathComponent("explorer.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    /// SIGTERM, then SIGKILL if it is still there after five seconds (a blocked SIGTERM must not hang the suite).
    static func stop(_ process: Process) {
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The stub's first line, "listening on http://127.0.0.1:PORT/", without its trailing slash.
    static func readBaseURL(_ handle: FileHandle) -> String? {
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }  // the stub ended before saying where it listens
            received.append(chunk)
        }
        let line = String(decoding: received.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard line.hasPrefix("listening on ") else { return nil }
        return String(line.dropFirst("listening on ".count).dropLast(line.hasSuffix("/") ? 1 : 0))
    }
}

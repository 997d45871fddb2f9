import Foundation
import Testing

/// The page in a real headless Chromium with the network cut off, served by the real server
/// (`quarry serve --port 0 --no-watch` over the bundled root), checked by
/// Scripts/explorer-browser-check.sh: its self-test and typed keys must all pass.
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
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.quarry)
        server.arguments = ["serve", "--port", "0", "--no-watch", "--root", Self.repository.path]
        var serverEnvironment = ProcessInfo.processInfo.environment
        serverEnvironment["LOG_LEVEL"] = "warning"
        server.environment = serverEnvironment
        let serverOutput = Pipe()
        server.standardOutput = serverOutput
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { Self.stop(server) }
        let base = try #require(Self.readBaseURL(serverOutput.fileHandleForReading))

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

    /// The server's first line, "Serving N documents: open http://127.0.0.1:PORT/graphql", as the
    /// base URL the check script takes (`http://127.0.0.1:PORT`).
    static func readBaseURL(_ handle: FileHandle) -> String? {
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }  // the server ended before saying where it listens
            received.append(chunk)
        }
        let line = String(decoding: received.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard line.hasPrefix("Serving "), let open = line.range(of: "open "), line.hasSuffix("/graphql") else { return nil }
        return String(line[open.upperBound...].dropLast("/graphql".count))
    }
}

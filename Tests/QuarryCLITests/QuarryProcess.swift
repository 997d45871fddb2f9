import Foundation

/// What one run of the `quarry` binary printed and how it ended.
struct Outcome {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the `quarry` binary built beside the test bundle (`.build/<triple>/debug/quarry`).
enum QuarryProcess {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("quarry")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/quarry")
    }()

    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = nil
        process.environment = environment
        // Output goes to files, so that a large output never blocks the child on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-out-\(UUID().uuidString)")
        let outFile = scratch.appendingPathExtension("out"), errFile = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let input = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outFile), errData = try Data(contentsOf: errFile)
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary copy of the bundled root (schema/*.graphql and data/, no saved queries) with the
/// saved-query files given, removed by `remove()`.
struct TemporaryRoot {
    let url: URL

    init(queries: [String: String] = [:]) throws {
        let manager = FileManager.default
        url = manager.temporaryDirectory.appendingPathComponent("quarry-cli-\(UUID().uuidString)")
        let schema = url.appendingPathComponent("schema")
        try manager.createDirectory(at: schema.appendingPathComponent("queries"), withIntermediateDirectories: true)
        let bundled = QuarryProcess.repositoryRoot
        for name in try manager.contentsOfDirectory(atPath: bundled.appendingPathComponent("schema").path) where name.hasSuffix(".graphql") {
            try manager.copyItem(at: bundled.appendingPathComponent("schema").appendingPathComponent(name), to: schema.appendingPathComponent(name))
        }
        try manager.copyItem(at: bundled.appendingPathComponent("data"), to: url.appendingPathComponent("data"))
        for (name, text) in queries { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent("schema/queries").appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent("schema/queries").appendingPathComponent(name), encoding: .utf8)
    }

    func quarry(_ arguments: String..., stdin: String? = nil) throws -> Outcome {
        try QuarryProcess.run(arguments, in: url, stdin: stdin)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

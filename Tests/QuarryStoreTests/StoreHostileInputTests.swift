import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// Hostile input (issue 4, item 7), the store's side: each bad file gives one clear problem
/// naming it, the other files still load, and nothing outside the root is read.
@Suite("Store: hostile input")
struct StoreHostileInputTests {
    static let schema = """
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          tags: [String!]
        }
        """

    /// A root holding `c-1.yaml` (always good) and `files`.
    static func root(_ files: [String: String] = [:]) throws -> TemporaryRoot {
        var all = files
        all["data/customers/c-1.yaml"] = "name: One\n"
        return try TemporaryRoot(schema: schema, files: all)
    }

    static func writeBytes(_ bytes: [UInt8], to path: String, in root: TemporaryRoot) throws {
        try Data(bytes).write(to: root.url.appendingPathComponent(path))
    }

    /// The 200 MB file: refused by its size before a byte is read (so memory stays bounded),
    /// whatever it holds; the rest of the tree is served.
    @Test func fileOverTheSizeLimitIsReportedWithoutBeingRead() throws {
        let root = try Self.root()
        let path = root.url.appendingPathComponent("data/customers/huge.yaml").path
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        // Sparse: 200 MB long without writing 200 MB to the disk.
        #expect(ftruncate(descriptor, 200 << 20) == 0)
        close(descriptor)
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/huge.yaml:1: cannot be read: 209715200 bytes is over the limit of 64 MiB for a data file."
        ])
        #expect(snapshot.documentCount == 1)
    }

    /// Exactly at the limit is still read (here with a small limit, the same code path).
    @Test func fileAtTheLimitIsRead() throws {
        let root = try Self.root()
        let location = root.url.appendingPathComponent("data/customers/c-1.yaml").path
        let size = "name: One\n".utf8.count
        #expect(try readBytes(location, limit: size).get().count == size)
        guard case .failure(let failure) = readBytes(location, limit: size - 1) else {
            Issue.record("a file over the limit was read")
            return
        }
        #expect(failure.reason == "10 bytes is over the limit of 9 bytes for a data file")
    }

    @Test func billionLaughsIsOneProblem() throws {
        let root = try Self.root(["data/customers/laughs.yaml": ReadersHostileTests.billionLaughs])
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/laughs.yaml:6:8: alias \"e\" expands the file beyond 100000 copied nodes (too many aliases)"
        ])
        #expect(snapshot.documentCount == 1)
    }

    @Test func deepNestingIsOneProblemInEitherFormat() throws {
        let depth = 100_000
        let root = try Self.root([
            "data/customers/deep.yaml": "name: Deep\ntags: " + String(repeating: "[", count: depth) + "\n",
            "data/customers/deep.json": "{\"name\": " + String(repeating: "[", count: depth) + "}",
        ])
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/deep.json:1:521: nesting is deeper than 512 levels",
            "data/customers/deep.yaml:2:518: nesting is deeper than 512 levels",
        ])
        #expect(snapshot.documentCount == 1)
    }

    @Test func invalidUTF8IsOneProblemInEitherFormat() throws {
        let root = try Self.root()
        try Self.writeBytes(Array("name: ".utf8) + [0xFF, 0x0A], to: "data/customers/bad.yaml", in: root)
        try Self.writeBytes(Array("{\"name\": \"".utf8) + [0xC0, 0xAF] + Array("\"}".utf8), to: "data/customers/bad.json", in: root)
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/bad.json:1:11: invalid UTF-8 in string (byte 0xC0)",
            "data/customers/bad.yaml:1:7: invalid leading UTF-8 octet 0xFF",
        ])
        #expect(snapshot.documentCount == 1)
    }

    /// Links out of the root (to a file, to a folder) and a loop are reported and not followed.
    @Test func linksOutOfTheRootAndLoopsAreNotFollowed() throws {
        let root = try Self.root()
        let outside = try TemporaryRoot(schema: Self.schema, files: ["secret/s.yaml": "name: Secret\n"])
        let customers = root.url.appendingPathComponent("data/customers")
        #expect(symlink(outside.url.appendingPathComponent("secret/s.yaml").path, customers.appendingPathComponent("evil.yaml").path) == 0)
        #expect(symlink(outside.url.appendingPathComponent("secret").path, customers.appendingPathComponent("away").path) == 0)
        try FileManager.default.createDirectory(at: customers.appendingPathComponent("nested"), withIntermediateDirectories: true)
        #expect(symlink("..", customers.appendingPathComponent("nested/loop").path) == 0)
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/away:1: symbolic link leads outside the root; not read.",
            "data/customers/evil.yaml:1: symbolic link leads outside the root; not read.",
            "data/customers/nested/loop:1: symbolic link loop; not read again.",
        ])
        #expect(snapshot.documentCount == 1)
    }

    /// A FIFO named like a data file would block a plain `open` forever; it is refused. An
    /// unreadable file (mode 000) is reported where permissions apply (not to root).
    @Test func specialAndUnreadableFilesAreProblemsNotHangs() throws {
        let root = try Self.root(["data/customers/locked.yaml": "name: Locked\n"])
        let customers = root.url.appendingPathComponent("data/customers")
        #expect(mkfifo(customers.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        #expect(chmod(customers.appendingPathComponent("locked.yaml").path, 0) == 0)
        let snapshot = try root.load()
        var expected = ["data/customers/pipe.yaml:1: cannot be read: not a regular file."]
        if geteuid() != 0 {
            expected.insert("data/customers/locked.yaml:1: cannot be read: Permission denied.", at: 0)
        }
        #expect(snapshot.problems.map(\.description) == expected)
        #expect(snapshot.documentCount == (geteuid() != 0 ? 1 : 2))
    }
}

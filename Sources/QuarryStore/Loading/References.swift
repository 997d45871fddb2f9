import Foundation
import QuarrySchema

/// A `@ref` value as a file wrote it, kept between reloads so that it can be reported as
/// dangling when its target goes away, without reading the file again.
struct FileReference: Sendable {
    /// The id it names.
    var id: String
    /// Its target type and field (`TypingTables.referenceSites`).
    var site: Int32
    var line: Int32
    var column: Int32
}

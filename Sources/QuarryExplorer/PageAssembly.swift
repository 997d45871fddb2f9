/// Puts the explorer page together: a template line that reads `<!-- include NAME -->` (and
/// nothing else but spaces) becomes the text of the part NAME, its final newlines trimmed.
/// Scripts/explorer-stub-server.py applies the same rule when it serves the page from the sources.
enum PageAssembly {
    static func assemble(template: String, parts: [String: String]) -> String {
        var lines: [Substring] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            if let name = includedName(line), let part = parts[name] {
                lines.append(part.trimmingTrailingNewlines)
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// NAME when the line is an include line; an unknown NAME is left in place for tests to find.
    static func includedName(_ line: Substring) -> String? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()
        let text = String(trimmed)
        let open = "<!-- include ", close = " -->"
        guard text.hasPrefix(open), text.hasSuffix(close), text.count > open.count + close.count else { return nil }
        let name = text.dropFirst(open.count).dropLast(close.count)
        return name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }) ? String(name) : nil
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == "\n" { end = index(before: end) }
        return self[startIndex..<end]
    }
}

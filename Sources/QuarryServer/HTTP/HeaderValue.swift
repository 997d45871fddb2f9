import HTTPTypes

extension HTTPFields {
    /// The value of the field `name`, as `self[name]` reads it (several fields joined), without
    /// the generic lazy join that subscript runs even for a single field: every request reads a
    /// few headers, and that join costs thousands of instructions each time.
    func value(_ name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            if found != nil { return self[name] }
            found = field.value
        }
        return found
    }
}

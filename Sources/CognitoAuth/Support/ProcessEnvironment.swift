import Glibc

/// This process's environment as a dictionary, read from `environ`.
/// `ProcessInfo.environment` cost 0.6 M instructions before the first frame
/// (its own set-up, and a dictionary grown a variable at a time); this one is
/// sized first. Where a name appears twice the first wins, as with getenv.
public enum ProcessEnvironment {
    public static func current() -> [String: String] {
        var count = 0
        while environ[count] != nil { count += 1 }
        var variables = [String: String](minimumCapacity: count)
        for index in 0..<count {
            guard let entry = environ[index] else { break }
            let text = String(cString: entry)
            guard let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(text[..<equals])
            if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
        }
        return variables
    }
}

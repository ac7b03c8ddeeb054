import FoundationEssentials

/// aws-exports.js, Amplify's first generation for JavaScript: a module
/// `const awsmobile = { ... }; export default awsmobile;`. The object literal
/// the Amplify CLI generates is JSON (quoted keys, JSON values); hand edits
/// often add comments, trailing commas and bare keys, which are tolerated.
/// Nothing is evaluated: a value that is not a literal is an error naming the file.
enum AWSExportsFile {
    static func profile(_ top: JSONObjectReader) throws(ConfigurationError) -> PoolProfile {
        try AmplifyFirstGeneration.profile(.init(
            ids: top, poolId: "aws_user_pools_id", clientId: "aws_user_pools_web_client_id", region: "aws_cognito_region",
            settings: top, password: "aws_cognito_password_protection_settings", signup: "aws_cognito_signup_attributes",
            username: "aws_cognito_username_attributes", mfa: "aws_cognito_mfa_configuration",
            mfaTypes: "aws_cognito_mfa_types", flow: nil))
    }

    /// The first top-level object literal of the module, as a JSON object.
    static func object(in data: Data, file: String) throws(ConfigurationError) -> JSONObjectReader {
        let source = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        guard let literal = objectLiteral(in: source) else {
            throw ConfigurationError(file: file, key: nil, reason: "holds no object literal (is this aws-exports.js?)")
        }
        do {
            return try JSONObjectReader.parse(Data(literal.utf8), file: file)
        } catch {
            throw ConfigurationError(file: file, key: nil, reason: "its object is not plain data (only literals are read)")
        }
    }

    /// From the first `{` to its matching `}`, without comments, with bare
    /// keys quoted, single-quoted strings double-quoted and trailing commas dropped.
    /// Comments and strings before the object (a licence header) are skipped.
    static func objectLiteral(in s: [Unicode.Scalar]) -> String? {
        var out = String.UnicodeScalarView()
        var depth = 0
        var i = 0
        func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }
        while i < s.count {
            let c = s[i]
            if depth == 0, c != "{", !(c == "/" && (peek(1) == "/" || peek(1) == "*")) {
                if c == "\"" || c == "'" || c == "`" {
                    i += 1
                    while i < s.count, s[i] != c { i += s[i] == "\\" ? 2 : 1 }
                }
                i += 1
                continue
            }
            if c == "\"" || c == "'" {
                out.append("\"")
                i += 1
                while i < s.count, s[i] != c {
                    if s[i] == "\\", i + 1 < s.count { out.append(s[i]); out.append(s[i + 1]); i += 2; continue }
                    if s[i] == "\"" { out.append("\\") }
                    out.append(s[i])
                    i += 1
                }
                out.append("\"")
                i += 1
                continue
            }
            if c == "/", peek(1) == "/" {
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", peek(1) == "*" {
                i += 2
                while i < s.count, !(s[i] == "*" && peek(1) == "/") { i += 1 }
                i += 2
                continue
            }
            if c.properties.isAlphabetic || c == "_" || c == "$" {
                var word = String.UnicodeScalarView()
                while i < s.count, s[i].properties.isAlphabetic || s[i] == "_" || s[i] == "$" || ("0"..."9").contains(s[i]) {
                    word.append(s[i])
                    i += 1
                }
                var j = i
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                let isKey = j < s.count && s[j] == ":"
                let name = String(word)
                out.append(contentsOf: (isKey ? "\"\(name)\"" : name).unicodeScalars)
                continue
            }
            if c == "}" || c == "]" {
                // A trailing comma before the close.
                var k = out.endIndex
                while k > out.startIndex {
                    let before = out.index(before: k)
                    if out[before].properties.isWhitespace { k = before; continue }
                    if out[before] == "," { out.remove(at: before) }
                    break
                }
            }
            out.append(c)
            if c == "{" { depth += 1 }
            if c == "}" {
                depth -= 1
                if depth == 0 { return String(out) }
            }
            i += 1
        }
        return nil
    }
}

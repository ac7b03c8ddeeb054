import FoundationEssentials

/// Reads one string member of a JSON document straight into `SecretBytes`,
/// unescaping as it copies: a session, a token or a TOTP secret from the
/// service's answer without ever becoming a Swift `String`.
///
/// Why not JSONDecoder: it makes a String of every value it is asked for and
/// frees it unwiped. It makes none of a member the type does not ask for (it
/// only notes where each value lies), so the response types leave their
/// secrets to this reader (`SecretMember`), which runs over the same bytes
/// before they are wiped. It assumes the document is JSON the decoder has
/// already accepted; anything else only yields nil, never a crash.
enum JSONSecretReader {
    /// The string at `path` (object keys from the top), as a secret; nil when
    /// a key is missing, a value on the way is no object, or it is no string.
    static func string(at path: [String], in bytes: UnsafeRawBufferPointer) -> SecretBytes? {
        // Valid UTF-8: the decoder has accepted the document.
        var scanner = JSONTextScanner(validUTF8: bytes.bindMemory(to: UInt8.self))
        for (depth, key) in path.enumerated() {
            guard scanner.enterMember(named: key) else { return nil }
            if depth == path.count - 1 { return scanner.secret() }
        }
        return nil
    }
}

/// The reader's moves over `JSONTextScanner`, which decodes the strings: none
/// of them makes a String of a value (a member skipped on the way may be
/// another secret).
extension JSONTextScanner {
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// In the object at the cursor, moves to the value of member `name`.
    mutating func enterMember(named name: String) -> Bool {
        guard take("{") else { return false }
        let wanted = Array(name.utf8)
        while true {
            skipSpace()
            var key: [UInt8] = []
            guard unescape(emit: { key.append($0) }), take(":") else { return false }
            skipSpace()
            if key == wanted { return true }
            // Another member follows, or the object ends without the key.
            guard skipValue(), take(",") else { return false }
        }
    }

    /// The string at the cursor, unescaped into a secret of exactly its size:
    /// read once to count its bytes, then again to copy them.
    mutating func secret() -> SecretBytes? {
        skipSpace()
        let start = index
        var size = 0
        guard unescape(emit: { _ in size += 1 }) else { return nil }
        index = start
        var written = 0
        var complete = true
        let secret = SecretBytes(count: size) { buffer in
            complete = unescape(emit: { byte in
                guard written < buffer.count else { return }
                buffer[written] = byte
                written += 1
            })
        }
        return complete && written == size ? secret : nil
    }

    /// Past the value at the cursor (any kind, nested ones whole).
    mutating func skipValue() -> Bool {
        skipSpace()
        guard let first = current else { return false }
        switch first {
        case UInt8(ascii: "\""):
            return unescape(emit: { _ in })
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    guard unescape(emit: { _ in }) else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return true
                    }
                default: break
                }
                index += 1
            }
            return false
        default:
            // A number, true, false or null: up to the next separator.
            while let byte = current, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]"),
                  byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                index += 1
            }
            return true
        }
    }
}

extension CodingUserInfoKey {
    /// The response's bytes, for `SecretMember` to read secrets from.
    static let responseBody = CodingUserInfoKey(rawValue: "cognito-onboard.responseBody")!
}

/// Decoding a secret member of a response (see `JSONSecretReader`).
enum SecretMember {
    /// `key` of `container` as a secret, read from the response's bytes when
    /// the decoder carries them (`JSONDecoder.secretReading`); a decoder
    /// without them (a test's) decodes a String and copies it.
    static func decode<Key: CodingKey>(
        _ key: Key, in container: KeyedDecodingContainer<Key>, decoder: Decoder
    ) throws -> SecretBytes? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        guard let body = decoder.userInfo[.responseBody] as? Data else {
            return SecretBytes(copying: try container.decode(String.self, forKey: key))
        }
        let path = decoder.codingPath.map(\.stringValue) + [key.stringValue]
        guard let secret = body.withUnsafeBytes({ JSONSecretReader.string(at: path, in: $0) }) else {
            throw DecodingError.typeMismatch(SecretBytes.self, .init(
                codingPath: decoder.codingPath + [key], debugDescription: "not a string"))
        }
        return secret
    }

    /// The same for a member that must be there.
    static func decodeRequired<Key: CodingKey>(
        _ key: Key, in container: KeyedDecodingContainer<Key>, decoder: Decoder
    ) throws -> SecretBytes {
        guard let secret = try decode(key, in: container, decoder: decoder) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: decoder.codingPath, debugDescription: "missing"))
        }
        return secret
    }
}

extension JSONDecoder {
    /// A decoder that reads the secret members of `body` without making
    /// Strings of them (see `SecretMember`).
    static func secretReading(_ body: Data) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.responseBody] = body
        return decoder
    }
}

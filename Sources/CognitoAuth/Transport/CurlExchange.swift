import FoundationEssentials

/// One request while curl performs it: the answer as it arrives, the limits
/// it must stay within, and whether the caller gave up. curl's callbacks reach
/// it through their user-data pointer, on the transport's worker thread only.
final class CurlExchange {
    /// No Cognito answer comes near this; a larger one is a mistake or an attack,
    /// and reading it would only use memory.
    static let bodyLimit = 1 << 20
    /// Header lines of all responses of the exchange (a proxy's CONNECT answer
    /// included) and their total size. curl itself refuses a single header
    /// line longer than 100 KiB.
    static let headerCountLimit = 100
    static let headerBytesLimit = 64 << 10

    enum Overflow: Equatable { case body, headers }

    let cancellation: Cancellation
    private(set) var body = Data()
    /// The final response's headers, names lower-cased.
    private(set) var headers: [String: String] = [:]
    /// Whether any status line arrived: after it, a broken answer is malformed,
    /// not a lost connection.
    private(set) var sawStatusLine = false
    /// Which limit stopped the exchange, if one did.
    private(set) var overflow: Overflow?
    private var headerCount = 0
    private var headerBytes = 0

    init(cancellation: Cancellation) { self.cancellation = cancellation }

    /// Appends body bytes; false (stop) past the limit.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= Self.bodyLimit else {
            overflow = .body
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one header line as curl delivers it (with its CR LF); false (stop)
    /// past the limits. A status line starts a new response (after a proxy's
    /// CONNECT answer or a 100 Continue), whose headers replace the last ones.
    func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        headerCount += 1
        headerBytes += bytes.count
        guard headerCount <= Self.headerCountLimit, headerBytes <= Self.headerBytesLimit else {
            overflow = .headers
            return false
        }
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespaceAndNewlines()
        if line.hasPrefix("HTTP/") {
            sawStatusLine = true
            headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingWhitespace().lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingWhitespace()
        }
        return true
    }
}

import FoundationEssentials

/// One HTTP request, as the transport sends it.
public struct HTTPRequest: Sendable {
    public var url: URL
    public var method: String
    /// In order; names as written.
    public var headers: [(name: String, value: String)]
    public var body: Data
    public var timeout: Duration

    public init(url: URL, method: String = "POST", headers: [(name: String, value: String)] = [], body: Data = Data(),
                timeout: Duration = .seconds(15)) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One HTTP response.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Names lower-cased.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

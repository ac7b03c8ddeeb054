import Foundation

/// HTTP/1.1 on the wire: the request's bytes, and a response read back from
/// bytes (Content-Length, chunked, or until the connection closes).
enum HTTPWire {
    enum Problem: Error, Equatable { case malformed(String), incomplete }

    static func requestBytes(_ request: HTTPRequest, target: String, host: String) -> Data {
        var head = "\(request.method) \(target) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in request.headers where !["host", "content-length", "connection"].contains(name.lowercased()) {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(request.body.count)\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + request.body
    }

    /// The response in `bytes`, or nil when more bytes are needed. `closed`
    /// says the peer has closed the connection (the end of a body without
    /// a length).
    static func response(from bytes: Data, closed: Bool) throws(Problem) -> HTTPResponse? {
        guard let end = bytes.firstRange(of: Data("\r\n\r\n".utf8)) else {
            if closed { throw .incomplete }
            return nil
        }
        let head = String(decoding: bytes[bytes.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
            throw .malformed("status line")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed("header") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = bytes[end.upperBound...]
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let decoded = try dechunk(Data(body)) else {
                if closed { throw .incomplete }
                return nil
            }
            return HTTPResponse(status: status, headers: headers, body: decoded)
        }
        if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else {
                if closed { throw .incomplete }
                return nil
            }
            return HTTPResponse(status: status, headers: headers, body: Data(body.prefix(length)))
        }
        return closed ? HTTPResponse(status: status, headers: headers, body: Data(body)) : nil
    }

    /// A chunked body decoded, or nil when its last chunk has not arrived.
    static func dechunk(_ body: Data) throws(Problem) -> Data? {
        var out = Data()
        var index = body.startIndex
        while true {
            guard let lineEnd = body[index...].firstRange(of: Data("\r\n".utf8)) else { return nil }
            let sizeText = String(decoding: body[index..<lineEnd.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else { throw .malformed("chunk size") }
            let start = lineEnd.upperBound
            if size == 0 { return out }
            guard body.distance(from: start, to: body.endIndex) >= size + 2 else { return nil }
            let stop = body.index(start, offsetBy: size)
            out.append(body[start..<stop])
            index = body.index(stop, offsetBy: 2)
        }
    }
}

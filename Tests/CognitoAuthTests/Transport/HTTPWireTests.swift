import Foundation
import Testing
@testable import CognitoAuth

@Suite struct HTTPWireTests {
    func parse(_ text: String, closed: Bool = false) throws -> HTTPResponse? {
        try HTTPWire.response(from: Data(text.utf8), closed: closed)
    }

    @Test func contentLength() throws {
        #expect(try parse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{") == nil, "waits for the rest")
        let r = try #require(try parse("HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\nX-Amzn-ErrorType: A:b\r\n\r\n{}"))
        #expect(r.status == 400 && r.body == Data("{}".utf8) && r.header("x-amzn-errortype") == "A:b")
    }

    @Test func chunked() throws {
        let text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n"
        #expect(try parse(text)?.body == Data("abcde".utf8))
        #expect(try parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab") == nil)
    }

    @Test func untilClose() throws {
        #expect(try parse("HTTP/1.1 200 OK\r\n\r\nhello") == nil)
        #expect(try parse("HTTP/1.1 200 OK\r\n\r\nhello", closed: true)?.body == Data("hello".utf8))
    }

    @Test func brokenResponses() {
        #expect(throws: HTTPWire.Problem.incomplete) { try parse("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nab", closed: true) }
        #expect(throws: HTTPWire.Problem.malformed("status line")) { try parse("SSH-2.0-OpenSSH\r\n\r\n") }
    }

    @Test func requestBytes() {
        let request = HTTPRequest(url: URL(string: "https://x/")!, headers: [("X-Amz-Target", "T"), ("Connection", "keep-alive")],
                                  body: Data("{}".utf8))
        let text = String(decoding: HTTPWire.requestBytes(request, target: "/", host: "x"), as: UTF8.self)
        #expect(text == "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: T\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
    }

    @Test func proxyFromTheEnvironment() {
        let env = ["https_proxy": "http://u%40x:p@proxy.corp:3128", "no_proxy": "internal.corp, .svc"]
        let proxy = ProxySettings.forTarget(scheme: "https", host: "cognito-idp.eu-west-1.amazonaws.com", environment: env)
        #expect(proxy?.host == "proxy.corp" && proxy?.port == 3128)
        #expect(proxy?.authorization == "Basic " + Data("u@x:p".utf8).base64EncodedString())
        #expect(ProxySettings.forTarget(scheme: "https", host: "a.internal.corp", environment: env) == nil)
        #expect(ProxySettings.forTarget(scheme: "https", host: "x.svc", environment: env) == nil)
        #expect(ProxySettings.forTarget(scheme: "https", host: "127.0.0.1", environment: env) == nil, "loopback is never proxied")
        #expect(ProxySettings.forTarget(scheme: "https", host: "x", environment: [:]) == nil)
    }
}

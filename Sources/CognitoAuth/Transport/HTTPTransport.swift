import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request. The seam between the JSON protocol and the network:
/// URLSession in the product, a scripted stand-in in the retry tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: URLRequest) async throws(NetworkError) -> (Data, HTTPURLResponse)
}

/// Foundation's URLSession (libcurl on Linux): honours https_proxy and the
/// system's CA store, and needs nothing built.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: URLRequest) async throws(NetworkError) -> (Data, HTTPURLResponse) {
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else {
                throw NetworkError.invalidResponse("not an HTTP response")
            }
            return (data, http)
        } catch let error as NetworkError {
            throw error
        } catch let error as URLError {
            throw NetworkError(error)
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .connectionLost(String(describing: error))
        }
    }
}

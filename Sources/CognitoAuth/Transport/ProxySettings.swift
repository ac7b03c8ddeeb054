import Foundation

/// The proxy for a host, from `https_proxy` / `HTTPS_PROXY` (and `http_proxy`
/// for plain http) and `no_proxy`, the way curl and the AWS SDKs read them.
struct ProxySettings: Equatable {
    let host: String
    let port: Int
    /// `Proxy-Authorization` from the proxy URL's user and password.
    let authorization: String?

    static func forTarget(scheme: String, host: String, environment: [String: String]) -> ProxySettings? {
        if Endpoint.isLoopback(host) { return nil }
        let names = scheme == "https" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy", "HTTP_PROXY"]
        guard let text = names.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else { return nil }
        let noProxy = (environment["no_proxy"] ?? environment["NO_PROXY"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let target = host.lowercased()
        for entry in noProxy where !entry.isEmpty {
            if entry == "*" { return nil }
            let suffix = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            if target == suffix || target.hasSuffix("." + suffix) { return nil }
        }
        guard let url = URL(string: text.contains("://") ? text : "http://" + text), let proxyHost = url.host else { return nil }
        var authorization: String?
        if let user = url.user {
            let credentials = "\(user.removingPercentEncoding ?? user):\(url.password?.removingPercentEncoding ?? "")"
            authorization = "Basic " + Data(credentials.utf8).base64EncodedString()
        }
        return ProxySettings(host: proxyHost, port: url.port ?? 80, authorization: authorization)
    }
}

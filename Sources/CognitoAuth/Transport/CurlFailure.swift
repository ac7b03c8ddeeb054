import CCurl
import COpenSSL
import FoundationEssentials
import Glibc

/// What a failed curl transfer means to the caller: one NetworkError, with
/// `failedBeforeSending` true only when the request surely never left (the
/// retry policy repeats those whatever the operation).
enum CurlFailure {
    static func error(_ outcome: CurlHandle.Outcome, _ exchange: CurlExchange, url: URL, proxy: String) -> NetworkError {
        let host = url.host ?? url.absoluteString
        let message = outcome.message
        if outcome.connectStatus != 0 && outcome.connectStatus != 200 {
            return .cannotConnect("the proxy refused the tunnel (HTTP \(outcome.connectStatus))")
        }
        switch outcome.code {
        case CURLE_ABORTED_BY_CALLBACK:
            return .cancelled
        case CURLE_COULDNT_RESOLVE_HOST:
            return .nameNotResolved(host: host)
        case CURLE_COULDNT_RESOLVE_PROXY:
            return .cannotConnect("cannot resolve the proxy: \(message)")
        case CURLE_COULDNT_CONNECT:
            if proxy.isEmpty && outcome.osErrno == ECONNREFUSED { return .connectionRefused(host: host) }
            return .cannotConnect(message)
        case CURLE_OPERATION_TIMEDOUT where !outcome.startedSending:
            // No connection (or no TLS handshake) in time: nothing was sent.
            return .cannotConnect("no connection to \(host) within the time limit")
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut
        case CURLE_PEER_FAILED_VERIFICATION:
            if outcome.proxyVerifyResult != 0 {
                return .certificate(host: URL(string: proxy)?.host ?? "the proxy", problem(outcome.proxyVerifyResult))
            }
            return .certificate(host: host, problem(outcome.verifyResult))
        case CURLE_SSL_CACERT_BADFILE:
            return .secureConnectionFailed("cannot load the certificate authorities: \(message)")
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_USE_SSL_FAILED:
            return .secureConnectionFailed(message)
        case CURLE_WRITE_ERROR where exchange.overflow == .body, CURLE_FILESIZE_EXCEEDED:
            return .responseTooLarge(host: host, limit: CurlExchange.bodyLimit)
        case CURLE_WRITE_ERROR where exchange.overflow == .headers:
            return .invalidResponse("more than \(CurlExchange.headerCountLimit) header lines or \(CurlExchange.headerBytesLimit) bytes of headers")
        case CURLE_WEIRD_SERVER_REPLY, CURLE_PARTIAL_FILE, CURLE_BAD_CONTENT_ENCODING, CURLE_HTTP2, CURLE_HTTP2_STREAM,
             CURLE_OUT_OF_MEMORY, CURLE_RANGE_ERROR, CURLE_HTTP_RETURNED_ERROR:
            return .invalidResponse(message)
        case CURLE_RECV_ERROR where exchange.sawStatusLine:
            return .invalidResponse(message)
        case CURLE_UNSUPPORTED_PROTOCOL:
            // The URL's scheme was checked before sending: this is an answer
            // that is not HTTP at all (curl reads it as HTTP/0.9 and refuses).
            return .invalidResponse(message)
        case CURLE_URL_MALFORMAT:
            return .refusedRequest(message)
        default:
            // Sent or not, unknown: never reported as safe to repeat.
            return .connectionLost(message)
        }
    }

    /// OpenSSL's verify result, in the person's terms. curl checks the name
    /// itself after OpenSSL accepted the chain, and then reports
    /// X509_V_ERR_UNSPECIFIED (curl 7.88) or X509_V_OK: the chain was fine, the
    /// name was not.
    static func problem(_ verifyResult: Int) -> NetworkError.CertificateProblem {
        switch Int32(truncatingIfNeeded: verifyResult) {
        case X509_V_OK, X509_V_ERR_UNSPECIFIED, X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH:
            return .wrongName
        case X509_V_ERR_CERT_HAS_EXPIRED, X509_V_ERR_CERT_NOT_YET_VALID:
            return .expired
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
             X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY,
             X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return .unknownAuthority
        default:
            return .other(verifyResult)
        }
    }
}

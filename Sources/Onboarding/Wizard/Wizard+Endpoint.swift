import CognitoAuth
import FoundationEssentials

extension Wizard {
    /// The host of the sign-in service, named when it cannot be reached: the
    /// profile's endpoint (the command puts the resolved one there), else the
    /// pool's regional endpoint.
    var endpointHost: String {
        if let text = profile.endpointURL, let host = URL(string: text)?.host, !host.isEmpty { return host }
        return (try? Endpoint.regional(profile.region))?.host ?? profile.region
    }
}

import CognitoAuth

extension LostReply {
    /// The string that tells the person what a lost reply turned out to be.
    var noticeKey: String {
        switch self {
        case .passwordChanged: return "lostReply.passwordChanged"
        case .authenticatorRegistered: return "lostReply.authenticatorRegistered"
        }
    }
}

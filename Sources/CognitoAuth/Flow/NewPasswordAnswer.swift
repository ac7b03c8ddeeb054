/// Which attributes go into a NEW_PASSWORD_REQUIRED answer.
///
/// The service refuses `sub` and the `*_verified` flags ("Cannot modify the
/// non-mutable attribute"), and an attribute that already has a value may be
/// outside the app client's write list ("A client attempted to write
/// unauthorized attribute"). So: what the person filled in, minus those.
public enum NewPasswordAnswer {
    public static let neverSent: Set<String> = ["sub", "email_verified", "phone_number_verified"]

    public static func attributesToSend(_ filled: [String: String], current: [String: String]) -> [String: String] {
        filled.filter { name, value in
            !value.isEmpty && !neverSent.contains(name) && (current[name] ?? "").isEmpty
        }
    }
}

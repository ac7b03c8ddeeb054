/// The version this build reports (User-Agent, --version).
public enum Version {
    public static let current = "0.1.0"
}

import CognitoAuth
import FoundationEssentials
import Testing

@Suite struct ProcessEnvironmentTests {
    /// The same variables as ProcessInfo reads (values holding "=", such as
    /// LS_COLORS or a URL's query, included). Not set here: setenv while
    /// other tests read the environment is not thread-safe.
    @Test func readsWhatProcessInfoReads() {
        #expect(ProcessEnvironment.current() == ProcessInfo.processInfo.environment)
    }
}

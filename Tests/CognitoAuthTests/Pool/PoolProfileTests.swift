import CognitoAuth
import Testing

@Suite struct PoolProfileTests {
    /// Every loader reads the MFA setting through one table, so each
    /// source's words mean the same wherever they are found.
    @Test(arguments: [
        ("OFF", PoolProfile.MFAConfiguration.off), ("none", .off), ("ON", .required), ("Required", .required),
        ("OPTIONAL", .optional), ("optional", .optional),
    ])
    func theMFASettingInAnySourcesWords(_ text: String, _ expected: PoolProfile.MFAConfiguration) {
        #expect(PoolProfile.MFAConfiguration(anySpelling: text) == expected)
    }

    @Test(arguments: ["", "YES", "sometimes", "ONN"])
    func anythingElseIsRefused(_ text: String) {
        #expect(PoolProfile.MFAConfiguration(anySpelling: text) == nil)
    }
}

import Testing
@testable import Onboarding

@Suite struct FilePathPartsTests {
    @Test(arguments: [
        ("/usr/bin/cognito-onboard", "/usr/bin", "cognito-onboard"),
        ("tokens.json", ".", "tokens.json"),
        ("/tokens.json", "/", "tokens.json"),
        ("out/tokens.json", "out", "tokens.json"),
        ("a/b/", "a", "b"),
    ])
    func folderAndName(path: String, folder: String, name: String) {
        let parts = FilePathParts(path)
        #expect(parts.folder == folder)
        #expect(parts.name == name)
    }
}

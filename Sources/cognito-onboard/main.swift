import CognitoAuth
import Foundation

// The interactive wizard arrives with the TerminalUI layer; until then the
// command says so instead of pretending.
FileHandle.standardError.write(Data("cognito-onboard \(Version.current): the interactive wizard is not built yet.\n".utf8))
exit(1)

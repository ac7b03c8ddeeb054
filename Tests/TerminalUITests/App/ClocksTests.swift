import Onboarding
import Testing
@testable import TerminalUI

@Suite struct ClocksTests {
    let strings = Strings.load(language: "en")

    @Test func theSessionClockRunsOnMFAScreensOnly() {
        var clock = SessionClock(validity: .seconds(180))
        clock.observe(.signIn)
        #expect(clock.remainingText(strings: strings) == nil)
        clock.observe(.totpSetup)
        let text = clock.remainingText(strings: strings) ?? ""
        #expect(text == "3:00 left" || text == "2:59 left")
        clock.observe(.mfaCode(.init(kind: .totp, destination: nil, deliveryMedium: nil)))
        #expect(clock.remainingText(strings: strings) != nil, "one session across the MFA steps")
        clock.observe(.done(alreadySetUp: false))
        #expect(clock.remainingText(strings: strings) == nil)
    }

    @Test func theKioskWarnsInTheLastSeconds() {
        let settings = KioskSettings(idleTimeout: .seconds(120))
        #expect(KioskClock.warning(idle: .seconds(100), settings: settings, strings: strings) == nil)
        #expect(KioskClock.warning(idle: .seconds(110), settings: settings, strings: strings)?.text
                == "No activity: starting over in 10 s. Press any key to stay.")
    }
}

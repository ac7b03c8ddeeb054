import Testing
@testable import Onboarding

@Suite struct KeyMapTests {
    /// PgUp and PgDn belong to the terminal's scrolling: listed in the map,
    /// never dispatched to the wizard as an action.
    @Test func pageKeysScrollAndAreNotDispatched() {
        #expect(KeyMap.scrollStep(for: .pageUp) == -1)
        #expect(KeyMap.scrollStep(for: .pageDown) == 1)
        #expect(KeyMap.scrollStep(for: .down) == nil)
        #expect(KeyMap.action(for: .pageDown) == nil)
        #expect(KeyMap.cap(.scroll) == "PgUp/PgDn")
        #expect(KeyMap.action(for: .tab) == .nextField)
    }
}

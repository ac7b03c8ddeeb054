import Testing
@testable import CognitoAuth

@Suite struct KeySuggestionTests {
    let known: Set<String> = ["user_pool_id", "user_pool_client_id", "mfa_methods", "mfa_configuration", "min_length", "max_length", "label"]

    @Test func countsInsertionsDeletionsReplacementsAndSwaps() {
        #expect(KeySuggestion.distance("min_length", "min_length") == 0)
        #expect(KeySuggestion.distance("min_lenght", "min_length") == 1)  // two neighbours swapped
        #expect(KeySuggestion.distance("mfa_method", "mfa_methods") == 1)
        #expect(KeySuggestion.distance("user_pol_id", "user_pool_id") == 1)
        #expect(KeySuggestion.distance("kitten", "sitting") == 3)
        #expect(KeySuggestion.distance("", "abc") == 3)
        #expect(KeySuggestion.distance("abc", "") == 3)
    }

    @Test func suggestsTheClosestKnownKey() {
        #expect(KeySuggestion.closest(to: "user_pol_id", among: known) == "user_pool_id")
        #expect(KeySuggestion.closest(to: "min_lenght", among: known) == "min_length")
        #expect(KeySuggestion.closest(to: "lable", among: known) == "label")
        #expect(KeySuggestion.closest(to: "MFA_METHODS", among: known) == "mfa_methods")
    }

    @Test func theSameWordInAnotherSpellingWins() {
        #expect(KeySuggestion.closest(to: "userPoolClientId", among: known) == "user_pool_client_id")
        #expect(KeySuggestion.closest(to: "min-length", among: known) == "min_length")
    }

    @Test func aShortenedNameFindsTheOneKeyItEnds() {
        #expect(KeySuggestion.closest(to: "client_id", among: known) == "user_pool_client_id")
        #expect(KeySuggestion.closest(to: "Client-Id", among: known) == "user_pool_client_id")
        // `id` alone ends two keys: no guess.
        #expect(KeySuggestion.closest(to: "id", among: ["user_pool_id", "user_pool_client_id"]) == nil)
    }

    @Test func nothingWhenNoKeyIsClose() {
        #expect(KeySuggestion.closest(to: "xyzzy", among: known) == nil)
        #expect(KeySuggestion.closest(to: "colour", among: known) == nil)
        #expect(KeySuggestion.closest(to: String(repeating: "a", count: 100_000), among: known) == nil)
    }

    @Test func tiesAreBrokenTheSameWayEveryTime() {
        // "m_length" is one edit from both min_length and max_length: the first alphabetically.
        #expect(KeySuggestion.closest(to: "mun_length", among: known) == "min_length")
        #expect(KeySuggestion.closest(to: "mxx_length", among: known) == "max_length")
        #expect(KeySuggestion.closest(to: "m_length", among: known) == "max_length")
    }
}

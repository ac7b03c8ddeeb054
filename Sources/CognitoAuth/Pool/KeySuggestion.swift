/// The known key a typo'd one most likely meant, for "did you mean" in a
/// config error: an operator who wrote `min_lenght` or `userPoolId` should be
/// told the right spelling, not left to search the README.
enum KeySuggestion {
    /// The closest of `known` to `key`, or nil when none is close enough to be
    /// a typo of it. The same spelling in another case or without separators
    /// (`userPoolId`, `USER-POOL-ID`) wins outright; otherwise the smallest
    /// edit distance within a limit that grows with the key's length, ties
    /// broken alphabetically so the answer never depends on a set's order.
    static func closest(to key: String, among known: Set<String>) -> String? {
        let folded = fold(key)
        let candidates = known.sorted()
        if let same = candidates.first(where: { fold($0) == folded }) { return same }
        // A shortened name (`client_id`, `pool_id`): the one key whose last
        // words it is, as boto3's and the console's names are for ours.
        let words = words(key)
        let ending = candidates.filter { words.count >= 2 && self.words($0).count > words.count && self.words($0).suffix(words.count).elementsEqual(words) }
        if ending.count == 1 { return ending[0] }
        let limit = key.count <= 4 ? 1 : key.count < 12 ? 2 : 3
        var best: (key: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - key.count) <= limit {
            let d = distance(key.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.key
    }

    /// The words of a snake- or kebab-case key, lower case.
    static func words(_ key: String) -> [Substring] {
        key.lowercased().split { $0 == "_" || $0 == "-" }
    }

    /// Lower case without `_`, `-` and spaces: how `userPoolId` and
    /// `user_pool_id` are the same word.
    static func fold(_ key: String) -> String {
        String(key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`:
    /// the optimal string alignment distance, which counts `lenght` for
    /// `length` as one slip, as a person would.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows suffice: the current, the previous, and the one before it (for swaps).
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

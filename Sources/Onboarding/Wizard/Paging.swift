/// Splits the new-password form into pages: one page when everything fits the
/// terminal, else the password on the first page and the attributes after.
enum Paging {
    /// Rows the title, intro, message and key help take.
    static let chrome = 9

    static func pages(passwordIDs: [String], checklistRows: Int, contextRows: Int, attributeIDs: [String], rows: Int) -> [[String]] {
        let available = max(4, rows - chrome)
        let onePage = passwordIDs.count + checklistRows + 1 + contextRows + attributeIDs.count
        if onePage <= available || attributeIDs.isEmpty { return [passwordIDs + attributeIDs] }
        let perPage = max(1, available - contextRows - 1)
        var pages = [passwordIDs]
        var rest = attributeIDs[...]
        while !rest.isEmpty {
            pages.append(Array(rest.prefix(perPage)))
            rest = rest.dropFirst(perPage)
        }
        return pages
    }
}

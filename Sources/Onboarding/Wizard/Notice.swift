/// A line under the form: an error, or news.
public struct Notice: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}

/// A request in flight: what it is doing, and the spinner's frame.
public struct Busy: Equatable, Sendable {
    public var label: String
    public var frame: Int

    public init(label: String, frame: Int) {
        self.label = label
        self.frame = frame
    }
}

import Onboarding

/// Column measuring for layout: the same wcwidth-based rules as the editor's.
typealias DisplayColumns = DisplayWidth

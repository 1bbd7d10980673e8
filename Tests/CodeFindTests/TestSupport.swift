// The shipped index and other shared test helpers, for every file of this target.
@_exported import CodeFindTestSupport

import FuzzChecks

#if FUZZING
/// `make fuzz` (-sanitize=fuzzer,address -DFUZZING): libFuzzer drives the check.
@_cdecl("FuzzStringTable_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Replay.fuzz(StringTableCheck.check, argc, argv)
}
#else
/// Otherwise: replays the inputs named as arguments.
@main enum ReplayMain {
    static func main() { Replay.main(StringTableCheck.check) }
}
#endif

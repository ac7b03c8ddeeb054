import FuzzChecks

#if FUZZING
/// libFuzzer's entry point (built by `make fuzz` with -sanitize=fuzzer,address -DFUZZING).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Replay.fuzzOne(ChallengeDecoderCheck.check, data, size)
}

@_cdecl("FuzzChallengeDecoder_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Replay.fuzzerMain(argc, argv, fuzzOneInput)
}
#else
/// Without the fuzzer: replays the inputs named as arguments.
@main enum ReplayMain {
    static func main() { Replay.main(ChallengeDecoderCheck.check) }
}
#endif

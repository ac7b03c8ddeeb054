import Foundation

/// Without the fuzzer: run a target's checks on files and folders of inputs
/// (a corpus, saved crashes), as `make test` does through the replay tests.
public enum Replay {
    /// Every file under `paths`, sorted, with the problems found in it.
    public static func run(_ check: FuzzCheck, paths: [String]) -> [(file: String, problems: Violations)] {
        inputs(under: paths).map { file in
            (file, check(Array(FileManager.default.contents(atPath: file) ?? Data())))
        }
    }

    public static func inputs(under paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue { files.append(path); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
        }
        return files.sorted()
    }

    /// The main of a fuzz target built without the fuzzer: replays the files
    /// and folders named as arguments; exit status 1 when any check fails.
    public static func main(_ check: FuzzCheck) -> Never {
        let results = run(check, paths: Array(CommandLine.arguments.dropFirst()))
        var failed = 0
        for result in results where !result.problems.isEmpty {
            failed += 1
            print("\(result.file): \(result.problems.joined(separator: "; "))")
        }
        print("\(results.count - failed) passed, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

extension Replay {
    /// The check libFuzzer's callback runs (a C function pointer cannot capture it).
    nonisolated(unsafe) private static var current: FuzzCheck = { _ in [] }

    /// SwiftPM links an executable's `main` to `<Module>_main`: in a fuzz
    /// build that function hands over to libFuzzer's driver with `check`.
    public static func fuzz(
        _ check: @escaping FuzzCheck, _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> CInt {
        current = check
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
    }

    /// One input through the current check: a broken invariant traps, so
    /// libFuzzer keeps the input as a crash.
    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let problems = current(input)
        if !problems.isEmpty { fatalError(problems.joined(separator: "; ")) }
        return 0
    }
}

/// libFuzzer's runtime refers to this name even when its driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Replay.testOneInput(data, size)
}
#endif

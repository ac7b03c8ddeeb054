// swift-tools-version:6.0
// cognito-onboard: first sign-in to an Amazon Cognito user pool, in a terminal.
// Layers (arrows point down only): cognito-onboard -> TerminalUI / PlainUI ->
// Onboarding -> CognitoAuth -> system-library shims. See README.md.
import PackageDescription

let package = Package(
    name: "cognito-onboard",
    products: [
        .library(name: "CognitoAuth", targets: ["CognitoAuth"]),
        .executable(name: "cognito-onboard", targets: ["cognito-onboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libcrypto's headers (libssl-dev); the library is dlopen()ed on
        // first use, not linked: see Sources/COpenSSL/include/COpenSSL.h.
        .target(name: "COpenSSL"),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libqrencode's header (libqrencode-dev); the library is dlopen()ed
        // when the first QR code is drawn: see Sources/CQREncode/include/CQREncode.h.
        .target(name: "CQREncode"),
        // libcurl's headers (libcurl4-openssl-dev); the library is dlopen()ed
        // on first use, not linked: see Sources/CCurl/include/CCurl.h.
        .target(name: "CCurl"),
        .target(
            name: "CognitoAuth",
            dependencies: [
                "COpenSSL",
                "CCurl",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Onboarding",
            dependencies: ["CognitoAuth", "OnboardingResources"],
            exclude: ["Resources"]
        ),
        // Onboarding's data files, as resources of a C target: SwiftPM copies
        // them beside the binary without the Foundation-importing Bundle.module
        // accessor of a Swift target (Foundation brings ICU). See ResourceFiles.
        .target(
            name: "OnboardingResources",
            path: "Sources/Onboarding/Resources",
            resources: [.copy("strings"), .copy("attributes.json")],
            publicHeadersPath: "."
        ),
        .target(name: "CTerminalGuard"),
        .target(
            name: "TerminalUI",
            dependencies: ["Onboarding", "CNCursesW", "CQREncode", "CTerminalGuard"]
        ),
        .target(
            name: "PlainUI",
            dependencies: ["Onboarding", "CognitoAuth", "CTerminalGuard"]
        ),
        .executableTarget(
            name: "cognito-onboard",
            dependencies: [
                "CognitoAuth",
                "Onboarding",
                "TerminalUI",
                "PlainUI",
                "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "cognito-bench",
            dependencies: ["CognitoAuth"]
        ),
        // Test doubles shared by the test targets (a scripted Cognito service).
        .target(
            name: "CognitoAuthTesting",
            dependencies: ["CognitoAuth"]
        ),
        // Fuzzing (see Makefile's `fuzz`): the checks, and one executable per
        // target that is libFuzzer's when built with -DFUZZING, else replays files.
        .target(name: "FuzzChecks", dependencies: ["CognitoAuth", "Onboarding"], path: "Sources/Fuzz/Checks"),
        .executableTarget(name: "FuzzChallengeDecoder", dependencies: ["FuzzChecks"], path: "Sources/Fuzz/ChallengeDecoder"),
        .executableTarget(name: "FuzzPoolConfig", dependencies: ["FuzzChecks"], path: "Sources/Fuzz/PoolConfig"),
        .executableTarget(name: "FuzzLineEditor", dependencies: ["FuzzChecks"], path: "Sources/Fuzz/LineEditor"),
        .executableTarget(name: "FuzzStringTable", dependencies: ["FuzzChecks"], path: "Sources/Fuzz/StringTable"),
        .testTarget(
            name: "OnboardingTests",
            dependencies: ["Onboarding", "CognitoAuth", "CognitoAuthTesting"]
        ),
        .testTarget(
            name: "PlainUITests",
            dependencies: ["PlainUI", "Onboarding", "CognitoAuth", "CognitoAuthTesting"]
        ),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "Onboarding", "CognitoAuth"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CognitoAuthTests",
            dependencies: ["CognitoAuth", "CognitoAuthTesting", .product(name: "InMemoryLogging", package: "swift-log")],
            resources: [.copy("Fixtures")]
        ),
        // The command line: the executable's own module, tested in place.
        .testTarget(
            name: "CognitoOnboardTests",
            dependencies: ["cognito-onboard", "CognitoAuthTesting", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzChecks"], path: "Tests/Fuzz/Replay"),
    ]
)

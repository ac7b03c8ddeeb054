import Testing
@testable import CognitoAuth

@Suite struct EndpointTests {
    @Test func regionalByDefault() throws {
        #expect(try Endpoint.resolve(region: "eu-west-1", environment: [:]).absoluteString
                == "https://cognito-idp.eu-west-1.amazonaws.com/")
    }

    @Test func overrideOrderFollowsTheSDKs() throws {
        let env = [Endpoint.specificVariable: "http://127.0.0.1:9001/", Endpoint.generalVariable: "http://127.0.0.1:9002/"]
        #expect(try Endpoint.resolve(region: "r", override: "http://localhost:9000/", environment: env).port == 9000)
        #expect(try Endpoint.resolve(region: "r", environment: env).port == 9001)
        #expect(try Endpoint.resolve(region: "r", environment: [Endpoint.generalVariable: "http://[::1]:9002/"]).port == 9002)
        #expect(try Endpoint.resolve(region: "r", override: "  ", environment: [Endpoint.generalVariable: "https://x.example/"]).host
                == "x.example")
    }

    @Test func plainHTTPOnlyToLoopback() {
        #expect(throws: Endpoint.Problem.insecureRemote("http://cognito.example.com/")) {
            try Endpoint.resolve(region: "r", override: "http://cognito.example.com/", environment: [:])
        }
        #expect(throws: Endpoint.Problem.insecureRemote("http://10.0.0.1:9229/")) {
            try Endpoint.resolve(region: "r", override: "http://10.0.0.1:9229/", environment: [:])
        }
        #expect(Endpoint.isLoopback("127.0.0.53"))
        #expect(Endpoint.isLoopback("[::1]"))
        #expect(!Endpoint.isLoopback("127.example.com"))
        #expect(!Endpoint.isLoopback("128.0.0.1"))
    }

    @Test func refusesNonsense() {
        #expect(throws: Endpoint.Problem.invalidURL("ftp://x/")) { try Endpoint.resolve(region: "r", override: "ftp://x/", environment: [:]) }
        #expect(throws: Endpoint.Problem.invalidURL("https://x.example/a%0D%0AX:%201")) {
            try Endpoint.resolve(region: "r", override: "https://x.example/a%0D%0AX:%201", environment: [:])
        }
        #expect(throws: Endpoint.Problem.invalidRegion("EU WEST")) { try Endpoint.regional("EU WEST") }
    }

    @Test func regionOfPool() {
        #expect(Endpoint.region(ofUserPool: "eu-west-1_AbC") == "eu-west-1")
        #expect(Endpoint.region(ofUserPool: "nounderscore") == nil)
        #expect(Endpoint.region(ofUserPool: "_x") == nil)
    }
}

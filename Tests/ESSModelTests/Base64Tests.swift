@testable import ESSModel
import Testing

@Suite("Base64 of the compiled catalogue")
struct Base64Tests {
    private func decode(_ text: String) -> [UInt8]? {
        Array(text.utf8).withUnsafeBufferPointer { Base64.decode($0) }
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 255, 256, 257])
    func everyLengthRoundTrips(count: Int) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(decode(Base64.encode(bytes)) == bytes)
    }

    @Test func knownValues() {
        #expect(Base64.encode(Array("ESS".utf8)) == "RVNT")
        #expect(decode("RVNTQw==") == Array("ESSC".utf8))
        #expect(decode("RVNTQ0E=") == Array("ESSCA".utf8))
        #expect(decode("") == [])
    }

    @Test(arguments: ["RVN", "RV=T", "R=NT", "RVNT=A==", "RVN*", "RVNTQ=w=", "===="])
    func malformedTextIsRefused(text: String) {
        #expect(decode(text) == nil)
    }
}

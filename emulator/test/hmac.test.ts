/*
 * Utilities.computeHmacSha256Signature, as documented at
 * developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature:
 * (String, String), (String, String, Charset) and (Byte[], Byte[]), answering the signature as
 * Java bytes (-128..127). The expected values are RFC 4231's HMAC-SHA-256 test vectors.
 */
import { run } from "..";
import { OWNER, schoolWorkspace } from "./harness";

function hmac(...args: unknown[]) {
  return run(schoolWorkspace("scheduling"), { fn: "hmac", args, as: OWNER });
}

const signed = (hex: string) => Array.from(Buffer.from(hex, "hex"), (b) => (b > 127 ? b - 256 : b));

/** RFC 4231 test case 2. */
const JEFE = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

describe("Utilities.computeHmacSha256Signature", () => {
  it("signs a string with a string key (RFC 4231 test case 2)", () => {
    const result = hmac("what do ya want for nothing?", "Jefe");
    expect(result.value).toEqual(signed(JEFE));
    expect((result.value as number[]).some((b) => b < 0)).toBe(true);
  });

  it("signs byte arrays (RFC 4231 test case 1: twenty 0x0b bytes, 'Hi There')", () => {
    const key = Array(20).fill(0x0b);
    const value = signed(Buffer.from("Hi There").toString("hex"));
    expect(hmac(value, key).value).toEqual(
      signed("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    );
  });

  it("encodes strings in the given charset: UTF-8 and US-ASCII differ for non-ASCII text", () => {
    const utf8 = hmac("María", "clé", "UTF_8").value;
    const ascii = hmac("María", "clé", "US_ASCII").value;
    expect(utf8).toEqual(hmac("María", "clé").value);
    expect(ascii).not.toEqual(utf8);
    expect(ascii).toEqual(hmac("Mar?a", "cl?").value);
  });

  it("throws Google's signature mismatch error for mixed argument types", () => {
    const result = hmac("value", [1, 2, 3]);
    expect(result.error?.message).toBe(
      "The parameters (String,number[]) don't match the method signature for Utilities.computeHmacSha256Signature.",
    );
  });
});

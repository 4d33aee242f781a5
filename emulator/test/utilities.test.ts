/*
 * Utilities and Blob, as developers.google.com/apps-script/reference/utilities/utilities and
 * developers.google.com/apps-script/reference/base/blob document them: SimpleDateFormat
 * patterns, digests as Java byte[] (-128..127), Base64, blobs and CSV.
 */
import { createHash } from "node:crypto";
import { run } from "..";
import { OWNER, schoolWorkspace } from "./harness";

const ws = schoolWorkspace("utilities");
const call = (fn: string, ...args: unknown[]) => run(ws, { fn, args, as: OWNER });
const value = (fn: string, ...args: unknown[]) => {
  const result = call(fn, ...args);
  expect(result.error).toBeUndefined();
  return result.value;
};
const signed = (buffer: Buffer) => Array.from(buffer, (b) => (b > 127 ? b - 256 : b));

describe("Utilities.formatDate (utilities#formatDate(Date,String,String), SimpleDateFormat patterns)", () => {
  const instant = "2026-11-23T14:05:09.007Z";

  it("renders each documented pattern letter in the given time zone", () => {
    expect(
      value("formatDates", instant, "America/New_York", [
        "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
        "EEE, d MMM yyyy h:mm a z",
        "EEEE MMMM dd, yy",
        "hh 'o''clock' XXX",
        "H:mm",
      ]),
    ).toEqual([
      "2026-11-23T09:05:09.007-0500",
      "Mon, 23 Nov 2026 9:05 AM EST",
      "Monday November 23, 26",
      "09 o'clock -05:00",
      "9:05",
    ]);
  });

  it("uses the zone's offset, including half hours and daylight time", () => {
    expect(value("formatDates", instant, "Asia/Kolkata", ["HH:mm Z", "XXX"])).toEqual([
      "19:35 +0530",
      "+05:30",
    ]);
    expect(value("formatDates", "2026-07-01T12:00:00Z", "America/New_York", ["HH z Z"])).toEqual([
      "08 EDT -0400",
    ]);
    expect(value("formatDates", instant, "UTC", ["XXX"])).toEqual(["Z"]);
  });

  it("throws for a pattern letter SimpleDateFormat does not know", () => {
    expect(call("formatDates", instant, "UTC", ["yyyy-qq"]).error?.message).toBe(
      "Illegal pattern character 'q'",
    );
  });
});

describe("Utilities.computeDigest (utilities#computeDigest(DigestAlgorithm,String,Charset))", () => {
  it("returns the digest as signed bytes, as Java's byte[] does", () => {
    const md5 = value("digest", "MD5", "abc") as number[];
    expect(md5).toEqual(signed(createHash("md5").update("abc").digest()));
    expect(md5[0]).toBe(-112);
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
  });

  it("encodes the text in the given charset before hashing", () => {
    expect(value("digest", "SHA_256", "héllo", "UTF_8")).toEqual(
      signed(createHash("sha256").update("héllo", "utf8").digest()),
    );
    expect(value("digest", "SHA_256", "héllo", "US_ASCII")).toEqual(
      signed(createHash("sha256").update("h?llo").digest()),
    );
  });

  it("hashes a byte array as its bytes", () => {
    expect(value("digest", "SHA_1", [-1, 0, 65])).toEqual(
      signed(
        createHash("sha1")
          .update(Buffer.from([255, 0, 65]))
          .digest(),
      ),
    );
  });
});

describe("Base64 (utilities#base64Encode, #base64EncodeWebSafe, #base64Decode)", () => {
  it("encodes strings as UTF-8 and byte arrays as bytes; web-safe swaps +/ for -_", () => {
    expect(value("encodeBoth", "héllo")).toEqual({ plain: "aMOpbGxv", webSafe: "aMOpbGxv" });
    expect(value("encodeBoth", [-5, -1])).toEqual({ plain: "+/8=", webSafe: "-_8=" });
  });

  it("decodes to signed bytes and back to the text", () => {
    expect(value("decodeToText", "aMOpbGxv", false)).toBe("héllo");
    expect(value("decodeToText", "-_8=", true)).toBe(Buffer.from([251, 255]).toString("utf8"));
    expect(value("decodeToBytes", "+/8=")).toEqual([-5, -1]);
  });

  it("throws for text that is not Base64", () => {
    expect(call("decodeToBytes", "not base64!").error?.message).toBe("Could not decode string.");
  });
});

describe("Blob (base/blob) from Utilities.newBlob (utilities#newBlob(String,String,String))", () => {
  it("keeps its bytes, content type and name; copyBlob makes an independent copy", () => {
    expect(value("blobRoundTrip", "héllo")).toEqual({
      name: "roster.csv",
      type: "text/csv",
      bytes: [104, -61, -87, 108, 108, 111],
      text: "héllo",
      ascii: "h\ufffd\ufffdllo",
      copyName: "copy.txt",
      copyType: "text/plain",
      fromBytes: null,
      plainType: "text/plain",
    });
  });
});

describe("Utilities.parseCsv (utilities#parseCsv(String,Char))", () => {
  it("parses quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(value("csv", 'a,"b,c",d\n"say ""hi""",x\r\n"multi\nline",y\n')).toEqual([
      ["a", "b,c", "d"],
      ['say "hi"', "x"],
      ["multi\nline", "y"],
    ]);
  });

  it("splits on the given delimiter", () => {
    expect(value("csv", "a\tb\tc", "\t")).toEqual([["a", "b", "c"]]);
  });
});

describe("Utilities.getUuid (utilities#getUuid)", () => {
  it("returns distinct RFC 4122 UUID strings", () => {
    const [a, b] = value("uuids") as string[];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

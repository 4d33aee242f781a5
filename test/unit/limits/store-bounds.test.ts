import { splitByBytes, utf8Bytes } from "../../../src/domain/limits/store-bounds";

describe("utf8Bytes", () => {
  it("counts as UTF-8 does: 1, 2, 3 and 4 bytes a character", () => {
    expect(utf8Bytes("a")).toBe(1);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("王")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("王a😀")).toBe(Buffer.byteLength("王a😀"));
  });
});

describe("splitByBytes", () => {
  it("keeps each piece within the bound and never splits a character", () => {
    const text = "王小明😀é".repeat(1000);
    const pieces = splitByBytes(text, 100);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(100);
    expect(pieces.every((p) => !p.startsWith("\udc00"))).toBe(true);
  });

  it("answers one empty piece for empty text", () => {
    expect(splitByBytes("", 10)).toEqual([""]);
  });
});

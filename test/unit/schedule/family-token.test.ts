/* Signed sign-up links: a round trip, and every way a link can be bad. */
import { createHmac } from "node:crypto";
import { TokenError } from "../../../src/domain/schedule/errors";
import { decodeFamilyToken, encodeFamilyToken } from "../../../src/domain/schedule/family-token";
import type { FamilyTokenPayload } from "../../../src/domain/schedule/model";
import { maiLink } from "./school";

const sign = (text: string) => createHmac("sha256", "secret").update(text).digest("base64url");
const otherSign = (text: string) => createHmac("sha256", "other").update(text).digest("base64url");
const BEFORE_EXPIRY = maiLink.expires - 60;

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof TokenError) return error.code;
    throw error;
  }
  return "accepted";
}

describe("family tokens", () => {
  it("round-trip a payload with non-ASCII text", () => {
    const payload: FamilyTokenPayload = { ...maiLink, round: "Otoño 2026 · 秋" };
    const token = encodeFamilyToken(payload, sign);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(decodeFamilyToken(token, sign, BEFORE_EXPIRY)).toEqual(payload);
  });

  it("signs exactly the base64url part", () => {
    const token = encodeFamilyToken(maiLink, sign);
    const [body, signature] = token.split(".");
    expect(signature).toBe(sign(body!));
    expect(JSON.parse(Buffer.from(body!, "base64url").toString("utf8"))).toEqual(maiLink);
  });

  it("refuses a link signed with another key as forged", () => {
    const token = encodeFamilyToken(maiLink, otherSign);
    expect(codeOf(() => decodeFamilyToken(token, sign, BEFORE_EXPIRY))).toBe("forged");
  });

  it("refuses a tampered payload as forged", () => {
    const token = encodeFamilyToken(maiLink, sign);
    const signature = token.split(".")[1];
    const tampered = Buffer.from(
      JSON.stringify({ ...maiLink, studentIds: ["S1", "S2", "S3"] }),
    ).toString("base64url");
    expect(codeOf(() => decodeFamilyToken(`${tampered}.${signature}`, sign, BEFORE_EXPIRY))).toBe(
      "forged",
    );
  });

  it("refuses a link whose signature lost a character as forged", () => {
    const token = encodeFamilyToken(maiLink, sign);
    expect(codeOf(() => decodeFamilyToken(token.slice(0, -1), sign, BEFORE_EXPIRY))).toBe("forged");
  });

  it("refuses an expired link with words a parent understands", () => {
    const token = encodeFamilyToken(maiLink, sign);
    expect(() => decodeFamilyToken(token, sign, maiLink.expires)).toThrow(
      "This sign-up link has expired. Ask your child's advisor for a new one.",
    );
    expect(codeOf(() => decodeFamilyToken(token, sign, maiLink.expires + 1))).toBe("expired");
  });

  it.each([
    ["empty", ""],
    ["no dot", "abc"],
    ["two dots", "a.b.c"],
    ["empty signature", "abc."],
    ["bad characters", "ab+c.de/f"],
    ["too long", `${"a".repeat(4000)}.b`],
  ])("refuses a malformed link (%s)", (_, token) => {
    expect(codeOf(() => decodeFamilyToken(token, sign, BEFORE_EXPIRY))).toBe("malformed");
  });

  it.each([
    ["not JSON", "not json"],
    ["JSON but not an object", "42"],
    ["missing studentIds", JSON.stringify({ ...maiLink, studentIds: undefined })],
    ["empty studentIds", JSON.stringify({ ...maiLink, studentIds: [] })],
    ["expires as text", JSON.stringify({ ...maiLink, expires: "soon" })],
  ])("refuses a correctly signed but malformed payload (%s)", (_, json) => {
    const body = Buffer.from(json).toString("base64url");
    expect(codeOf(() => decodeFamilyToken(`${body}.${sign(body)}`, sign, BEFORE_EXPIRY))).toBe(
      "malformed",
    );
  });

  it("drops fields the payload does not define", () => {
    const body = Buffer.from(JSON.stringify({ ...maiLink, admin: true })).toString("base64url");
    expect(decodeFamilyToken(`${body}.${sign(body)}`, sign, BEFORE_EXPIRY)).toEqual(maiLink);
  });
});

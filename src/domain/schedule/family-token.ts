/*
 * A family's sign-up link: the payload (who may book, for which students and round, until when),
 * as base64url JSON, followed by the server's HMAC of it. No Google sign-in is needed to use it.
 */
import { base64Url } from "../guardian-updates/utf8";
import { fromBase64Url } from "./base64url";
import { TokenError } from "./errors";
import type { FamilyTokenPayload } from "./model";

export const MAX_TOKEN_LENGTH = 4000;

export function encodeFamilyToken(
  payload: FamilyTokenPayload,
  sign: (text: string) => string,
): string {
  const body = base64Url(
    JSON.stringify({
      id: payload.id,
      guardianEmail: payload.guardianEmail,
      studentIds: [...payload.studentIds],
      round: payload.round,
      language: payload.language,
      expires: payload.expires,
    }),
  );
  const token = `${body}.${sign(body)}`;
  if (token.length > MAX_TOKEN_LENGTH) {
    throw new TokenError(
      "malformed",
      `A sign-up link for ${payload.studentIds.length} students is too long.`,
    );
  }
  return token;
}

/** Compares every character whatever the first difference, so timing reveals nothing. */
export function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}

function payloadOf(value: unknown): FamilyTokenPayload | null {
  if (typeof value !== "object" || value === null) return null;
  const p = value as Record<string, unknown>;
  const ids = p.studentIds;
  const ok =
    typeof p.id === "string" &&
    p.id !== "" &&
    typeof p.guardianEmail === "string" &&
    Array.isArray(ids) &&
    ids.length > 0 &&
    ids.every((id) => typeof id === "string" && id !== "") &&
    typeof p.round === "string" &&
    p.round !== "" &&
    typeof p.language === "string" &&
    typeof p.expires === "number" &&
    Number.isFinite(p.expires);
  if (!ok) return null;
  return {
    id: p.id as string,
    guardianEmail: p.guardianEmail as string,
    studentIds: [...(ids as string[])],
    round: p.round as string,
    language: p.language as string,
    expires: p.expires as number,
  };
}

export function decodeFamilyToken(
  token: string,
  sign: (text: string) => string,
  nowSeconds: number,
): FamilyTokenPayload {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) {
    throw new TokenError("malformed");
  }
  const parts = token.trim().split(".");
  const [body, signature] = parts;
  if (parts.length !== 2 || !body || !signature || !/^[A-Za-z0-9_-]+$/.test(body + signature)) {
    throw new TokenError("malformed");
  }
  if (!sameText(sign(body), signature)) throw new TokenError("forged");
  const json = fromBase64Url(body);
  let parsed: unknown;
  try {
    parsed = json === null ? null : JSON.parse(json);
  } catch {
    parsed = null;
  }
  const payload = payloadOf(parsed);
  if (!payload) throw new TokenError("malformed");
  if (nowSeconds >= payload.expires) throw new TokenError("expired");
  return payload;
}

/*
 * The values a sidebar reports back after drafting in its user's Gmail, checked before the hub
 * records them: a Gmail draft ID, the instant it was drafted, and a draft's language and kind.
 * Each refusal names the field and a short form of the value.
 */

import { normalizeLanguage } from "../roster/normalize";
import { WebRequestError } from "../web-request";
import { UPDATE_KINDS, type UpdateKind } from "./update-kind";

const DRAFT_ID = /^[A-Za-z0-9_-]{1,100}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function shown(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function refuse(field: string, value: unknown, reason: string): never {
  throw new WebRequestError("bad-request", `${field} “${shown(value)}”: ${reason}.`);
}

export function draftIdOf(value: unknown): string {
  if (typeof value !== "string" || !DRAFT_ID.test(value)) {
    refuse("Draft ID", value, "is not a Gmail draft ID");
  }
  return value;
}

/** An ISO instant as Date.toISOString writes it, of a real moment. */
export function draftedAtOf(value: unknown): string {
  const real =
    typeof value === "string" &&
    INSTANT.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 19) === value.slice(0, 19);
  if (!real) {
    refuse("Drafted at", value, "is not a time such as 2027-03-02T15:00:00.000Z");
  }
  return value;
}

export function draftKindOf(value: unknown): UpdateKind {
  if (value === undefined) return "met";
  if (!UPDATE_KINDS.includes(value as UpdateKind)) {
    refuse("Update kind", value, `is none of ${UPDATE_KINDS.join(", ")}`);
  }
  return value as UpdateKind;
}

export function draftLanguageOf(value: unknown): string {
  const code = typeof value === "string" && value.length <= 35 ? normalizeLanguage(value) : null;
  if (code === null) refuse("Language", value, "is not a language code such as es or zh-CN");
  return code;
}

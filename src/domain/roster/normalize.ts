/*
 * How roster values are written once imported: emails trimmed and lowercased, names trimmed
 * (accents, apostrophes and hyphens kept, in Unicode NFC), language codes in BCP 47 case, grades
 * in the form Settings uses.
 */

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-[a-z0-9]{5,8})*$/i;

/**
 * IDs travel in cells, space-separated lists, mail headers, log lines and signed links: only
 * letters, digits and . _ : - may be in one, so none of those can be broken open by an ID.
 */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
export const ID_RULE = "an ID may hold only letters, digits and . _ : - (at most 64)";

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

export function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** "pt_br" -> "pt-BR", "zh-hant-tw" -> "zh-Hant-TW"; null when it is not a language code. */
export function normalizeLanguage(code: string): string | null {
  const text = code.trim().replace(/_/g, "-");
  if (!LANGUAGE.test(text)) return null;
  return text
    .split("-")
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2 || /^\d{3}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join("-");
}

/** The key two spellings of one grade share: "06", "6" and " 6 " all give "6"; "k" gives "k". */
export function gradeKey(grade: string): string {
  const text = grade.trim().toLowerCase();
  if (text === "kg") return "k";
  return /^\d+$/.test(text) ? String(Number.parseInt(text, 10)) : text;
}

/** A grade as Settings would write it: "09" -> "9", "kg" -> "K", "pk" -> "PK". */
export function gradeName(grade: string): string {
  const key = gradeKey(grade);
  return /^\d+$/.test(key) ? key : key.toUpperCase();
}

/** The grade names Settings accepts: K, PK, TK or a number of one or two digits. */
export function isGradeName(grade: string): boolean {
  return /^(K|PK|TK|[0-9]{1,2})$/.test(grade);
}

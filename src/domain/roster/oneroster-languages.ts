/*
 * A OneRoster guardian's language, which the standard has no field for. It comes from, in order:
 * the guardian's users.csv row (metadata.language or an ext_…language column), the student's row
 * (their home language), languages.csv (Confer's own addition: a guardian's or a student's
 * sourcedId and a language, per row), else the school's default language. A value on a users.csv
 * row that is no language code is a warning and the next source is used; a bad languages.csv row
 * is a problem.
 */
import { normalizeLanguage } from "./normalize";
import { GUARDIAN_ROLES, personOf, problemAt, type User } from "./oneroster-users";
import type { Problem } from "./problem";
import { type LanguageSource, personField } from "./source";
import { cellReader, columnKey, type Table } from "./table";

export const LANGUAGES = "languages.csv";

export interface LanguageRow {
  readonly line: number;
  readonly language: string;
}

const ID_COLUMNS = ["sourcedId", "userSourcedId"];
const LANGUAGE_COLUMN = "language";
const LANGUAGE_RULE = "not a language code (use a code such as en, es, pt-BR)";

export function hasLanguageColumns(table: Table, problems: Problem[]): boolean {
  const hasId = ID_COLUMNS.some((n) => table.columns.has(columnKey(n)));
  if (hasId && table.columns.has(LANGUAGE_COLUMN)) return true;
  problems.push({
    file: LANGUAGES,
    row: table.headerLine,
    field: "",
    value: "",
    reason:
      "the header needs a sourcedId column (a guardian's or a student's) and a language column",
  });
  return false;
}

/** languages.csv: per row a guardian's or a student's sourcedId (or identifier) and a language. */
export function readLanguages(
  table: Table,
  users: ReadonlyMap<string, User>,
  problems: Problem[],
): Map<string, LanguageRow> {
  const cell = cellReader(table);
  const byIdentifier = new Map(
    [...users.values()].filter((u) => u.identifier !== "").map((u) => [u.identifier, u]),
  );
  const rows = new Map<string, LanguageRow>();
  for (const record of table.rows) {
    const id = cell(record, ID_COLUMNS[0]!) || cell(record, ID_COLUMNS[1]!);
    const raw = cell(record, LANGUAGE_COLUMN);
    const user = users.get(id) ?? byIdentifier.get(id);
    const person = user ? personOf(user) : undefined;
    const refuse = (field: string, value: string, reason: string) =>
      problems.push(problemAt(LANGUAGES, record, field, value, reason, person));
    if (id === "") refuse("sourcedId", "", "missing");
    else if (!user) refuse("sourcedId", id, "no such user in users.csv");
    else if (user.role !== "student" && !GUARDIAN_ROLES.has(user.role)) {
      refuse("sourcedId", id, `a ${user.role}: only guardians' and students' languages are read`);
    } else if (rows.has(user.sourcedId)) {
      refuse("sourcedId", id, `listed twice: also on row ${rows.get(user.sourcedId)!.line}`);
    } else if (raw === "") refuse(LANGUAGE_COLUMN, "", "missing");
    else {
      const language = normalizeLanguage(raw);
      if (language === null) refuse(LANGUAGE_COLUMN, raw, LANGUAGE_RULE);
      else rows.set(user.sourcedId, { line: record.line, language });
    }
  }
  return rows;
}

const FALLBACK: Record<LanguageSource, string> = {
  guardian: "the guardian's row",
  student: "the student's row",
  languages: LANGUAGES,
  file: "the file",
  default: "the school's default language",
};

/**
 * The guardian's language and where it came from ("" from "default": validation writes the
 * school's default). Warns, naming the row and column, about each value passed over.
 */
export function guardianLanguage(
  guardian: User,
  student: User,
  listed: ReadonlyMap<string, LanguageRow> | null,
  warnings: Problem[],
): { readonly language: string; readonly from: LanguageSource } {
  const passedOver: User[] = [];
  const fromRow = (user: User) => {
    if (user.language === "") return null;
    const code = normalizeLanguage(user.language);
    if (code === null) passedOver.push(user);
    return code;
  };
  const listedFor = (user: User) => listed?.get(user.sourcedId)?.language ?? null;
  let found: { language: string; from: LanguageSource } = { language: "", from: "default" };
  const own = fromRow(guardian);
  const home = own === null ? fromRow(student) : null;
  const file = own === null && home === null ? (listedFor(guardian) ?? listedFor(student)) : null;
  if (own !== null) found = { language: own, from: "guardian" };
  else if (home !== null) found = { language: home, from: "student" };
  else if (file !== null) found = { language: file, from: "languages" };
  for (const user of passedOver) {
    warnings.push({
      file: "users.csv",
      row: user.line,
      field: user.languageColumn,
      value: user.language,
      reason: `${LANGUAGE_RULE}: ${FALLBACK[found.from]} is used instead`,
      ...personField(personOf(user)),
    });
  }
  return found;
}

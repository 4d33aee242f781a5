/*
 * The part of Drive's search query language (files.list `q`) that Confer uses: terms joined by
 * `and` and `or` (`and` binds tighter) and grouped in parentheses, each term one of
 * name = '…',  '…' in parents,  '…' in owners ('me' is the caller),  mimeType = / != '…',
 * trashed = true|false,  appProperties has { key='…' and value='…' }.
 * Anything else is an invalid query.
 * Reference: developers.google.com/workspace/drive/api/guides/ref-search-terms
 */
import type { DriveFile } from "./store";

export type FileTest = (file: DriveFile) => boolean;

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;

function unquote(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

/** Splits at top-level occurrences of the keyword, outside quotes, braces and parentheses. */
function splitAt(q: string, keyword: "and" | "or"): string[] {
  const separator = new RegExp(`^\\s+${keyword}\\s+`, "i");
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === "'") quoted = false;
      continue;
    }
    if (ch === "'") quoted = true;
    else if (ch === "{" || ch === "(") depth++;
    else if (ch === "}" || ch === ")") depth--;
    else if (depth === 0 && separator.test(q.slice(i))) {
      parts.push(q.slice(start, i));
      start = i + separator.exec(q.slice(i))![0].length;
      i = start - 1;
    }
  }
  parts.push(q.slice(start));
  return parts.map((part) => part.trim());
}

/** The text inside one pair of parentheses that wraps the whole term, if it does. */
function unwrapped(term: string): string | undefined {
  if (!term.startsWith("(") || !term.endsWith(")")) return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === "'") quoted = false;
      continue;
    }
    if (ch === "'") quoted = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0 && i < term.length - 1) return undefined;
  }
  return term.slice(1, -1);
}

interface Context {
  readonly resolveId: (id: string) => string;
  readonly caller: string;
}

function termTest(term: string, context: Context): FileTest | undefined {
  let m = new RegExp(`^name\\s*=\\s*${STRING}$`).exec(term);
  if (m) {
    const name = unquote(m[1]!);
    return (file) => file.name === name;
  }
  m = new RegExp(`^${STRING}\\s+in\\s+parents$`).exec(term);
  if (m) {
    const given = unquote(m[1]!);
    const parent = given === "root" ? context.resolveId("root") : given;
    return (file) => file.parents.includes(parent);
  }
  m = new RegExp(`^${STRING}\\s+in\\s+owners$`).exec(term);
  if (m) {
    const given = unquote(m[1]!).toLowerCase();
    const owner = given === "me" ? context.caller.toLowerCase() : given;
    return (file) => file.owner.toLowerCase() === owner;
  }
  m = new RegExp(`^mimeType\\s*(=|!=)\\s*${STRING}$`).exec(term);
  if (m) {
    const mime = unquote(m[2]!);
    return m[1] === "=" ? (file) => file.mimeType === mime : (file) => file.mimeType !== mime;
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(term);
  if (m) {
    const trashed = m[1] === "true";
    return (file) => file.trashed === trashed;
  }
  m = new RegExp(
    `^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${STRING}\\s+and\\s+value\\s*=\\s*${STRING}\\s*\\}$`,
  ).exec(term);
  if (m) {
    const key = unquote(m[1]!);
    const value = unquote(m[2]!);
    return (file) => file.appProperties[key] === value;
  }
  return undefined;
}

function expressionTest(q: string, context: Context): FileTest | undefined {
  const alternatives: FileTest[] = [];
  for (const alternative of splitAt(q, "or")) {
    const tests: FileTest[] = [];
    for (const term of splitAt(alternative, "and")) {
      const inner = unwrapped(term);
      const test = inner === undefined ? termTest(term, context) : expressionTest(inner, context);
      if (!test) return undefined;
      tests.push(test);
    }
    alternatives.push((file) => tests.every((test) => test(file)));
  }
  return (file) => alternatives.some((test) => test(file));
}

/** A test for the query, `undefined` for a query this emulator cannot read (Google: 400 Invalid Value). */
export function parseQuery(
  q: string,
  resolveId: (id: string) => string,
  caller = "",
): FileTest | undefined {
  if (q.trim() === "") return () => true;
  return expressionTest(q.trim(), { resolveId, caller });
}

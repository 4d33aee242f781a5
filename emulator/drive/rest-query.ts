/*
 * The part of Drive's search query language (files.list `q`) that Confer uses: terms joined
 * by `and`, each one of  name = '…',  '…' in parents,  mimeType = / != '…',  trashed = true|false,
 * appProperties has { key='…' and value='…' }. Anything else is an invalid query.
 * Reference: developers.google.com/workspace/drive/api/guides/ref-search-terms
 */
import type { DriveFile } from "./store";

export type FileTest = (file: DriveFile) => boolean;

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;

function unquote(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

/** Splits at top-level " and ", outside quotes and braces. */
function conjuncts(q: string): string[] {
  const terms: string[] = [];
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
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0 && /^\s+and\s+/i.test(q.slice(i))) {
      terms.push(q.slice(start, i));
      const skip = /^\s+and\s+/i.exec(q.slice(i))![0].length;
      start = i + skip;
      i = start - 1;
    }
  }
  terms.push(q.slice(start));
  return terms.map((term) => term.trim());
}

function termTest(term: string): FileTest | undefined {
  let m = new RegExp(`^name\\s*=\\s*${STRING}$`).exec(term);
  if (m) {
    const name = unquote(m[1]!);
    return (file) => file.name === name;
  }
  m = new RegExp(`^${STRING}\\s+in\\s+parents$`).exec(term);
  if (m) {
    const parent = unquote(m[1]!);
    return (file) => file.parents.includes(parent);
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

/** A test for the query, `undefined` for a query this emulator cannot read (Google: 400 Invalid Value). */
export function parseQuery(q: string, resolveId: (id: string) => string): FileTest | undefined {
  if (q.trim() === "") return () => true;
  const tests: FileTest[] = [];
  for (const term of conjuncts(q)) {
    const resolved = term.replace(
      /^'root'(\s+in\s+parents)$/,
      (_, rest) => `'${resolveId("root")}'${rest}`,
    );
    const test = termTest(resolved);
    if (!test) return undefined;
    tests.push(test);
  }
  return (file) => tests.every((test) => test(file));
}

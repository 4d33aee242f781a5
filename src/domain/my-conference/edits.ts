/*
 * The Docs batchUpdate requests for each My conference action. Each writes only inside its own
 * named section, never at the section's start index, and later requests sit at lower indexes so
 * earlier ones do not move them.
 */
import {
  ARTIFACT_HEADER,
  HELD_PROMPT,
  OWN_WORDS_PROMPT,
  QUESTION_PROMPT,
} from "../conference-docs/default-template";
import { artifactLinkProblem } from "./artifact-link";
import type { Placed, PlacedSection } from "./placed";
import { type ArtifactRow, afterPrompt, BOX, boxLabel, questionsOf, SOMETHING_ELSE } from "./view";

export type DocRequest = Record<string, unknown>;

export class ConferenceEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConferenceEditError";
  }
}

export const SMART_PARTS = ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"];

const insert = (index: number, text: string): DocRequest => ({
  insertText: { location: { index }, text },
});
const remove = (start: number, end: number): DocRequest => ({
  deleteContentRange: { range: { startIndex: start, endIndex: end } },
});

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The most characters Confer writes as one typed line, as for a teacher comment. */
export const MAX_TYPED_LINE = 2_000;

/** A line typed into My conference, as one line; one over the limit is refused, naming `field`. */
export function typedLine(field: string, text: string): string {
  const line = oneLine(text);
  if (line.length > MAX_TYPED_LINE) {
    throw new ConferenceEditError(
      `${field} has ${line.length.toLocaleString("en-US")} characters; Confer writes at most ${MAX_TYPED_LINE.toLocaleString("en-US")} in one line, so nothing was written. Shorten it and try again.`,
    );
  }
  return line;
}

export function need(section: PlacedSection | undefined, what: string): PlacedSection {
  if (!section) throw new ConferenceEditError(`This doc has no ${what} section Confer can find.`);
  return section;
}

/** Replaces a placed paragraph or cell's text from `offset` on (inside its closing newline). */
export function replaceFrom(placed: Placed, offset: number, text: string): DocRequest[] {
  const from = placed.start + offset;
  const to = placed.end - 1;
  return [...(to > from ? [remove(from, to)] : []), ...(text ? [insert(from, text)] : [])];
}

/** Ticks the chosen boxes of a checklist section and unticks the others. */
export function tickRequests(
  section: PlacedSection | undefined,
  what: string,
  chosen: readonly string[],
): DocRequest[] {
  const lines = need(section, what).paragraphs.filter((p) => BOX.test(p.text));
  const wanted = new Set(chosen.map((c) => c.trim()));
  return lines
    .map((line) => {
      const box = BOX.exec(line.text)!;
      const at = line.start + box.index + box[0].indexOf(box[1]!);
      const mark = wanted.has(boxLabel(line.text)) ? "☑" : "☐";
      return box[1] === mark ? [] : [remove(at, at + box[1]!.length), insert(at, mark)];
    })
    .reverse()
    .flat();
}

/** Ticks the chosen purposes; "Something else:" text is written after its label and ticks it. */
export function purposeRequests(
  section: PlacedSection | undefined,
  chosen: readonly string[],
  somethingElse = "",
): DocRequest[] {
  const text = typedLine("Something else", somethingElse);
  const ticks = tickRequests(section, "Purpose", text ? [...chosen, SOMETHING_ELSE] : chosen);
  const line = section?.paragraphs.find((p) => boxLabel(p.text) === SOMETHING_ELSE);
  if (!line || text === "") return ticks;
  const offset = line.text.indexOf(SOMETHING_ELSE) + SOMETHING_ELSE.length;
  return [...replaceFrom(line, offset, ` ${text}`), ...ticks];
}

/** Adds a question as a new line of the list; the same question twice is added once. */
export function questionRequests(
  section: PlacedSection | undefined,
  question: string,
): DocRequest[] {
  const text = typedLine("Your question", question);
  if (text === "") throw new ConferenceEditError("Write your question first.");
  const placed = need(section, "My questions");
  if (questionsOf(placed).includes(text)) return [];
  const last = placed.paragraphs.at(-1)!;
  if (
    last.text.includes(QUESTION_PROMPT.trim()) &&
    afterPrompt(last.text, QUESTION_PROMPT) === ""
  ) {
    const offset = last.text.indexOf(QUESTION_PROMPT.trim()) + QUESTION_PROMPT.trim().length;
    return replaceFrom(last, offset, ` ${text}`);
  }
  return [insert(last.end - 1, `\n${text}`)];
}

/**
 * Fills the first empty row of the artifacts table, or, when every row is used, adds a row below
 * the last and fills it; the same link twice is added once.
 */
export function artifactRequests(
  section: PlacedSection | undefined,
  artifact: ArtifactRow,
): DocRequest[] {
  const cells = [
    artifact.link,
    artifact.subject,
    artifact.succeeding,
    artifact.challenged,
    artifact.future,
  ].map((text, i) => typedLine(ARTIFACT_HEADER[i]!.replace(/…$/, ""), text));
  if (cells[0] === "") throw new ConferenceEditError("Paste the artifact's link first.");
  const problem = artifactLinkProblem(cells[0]!);
  if (problem) throw new ConferenceEditError(problem);
  const placed = need(section, "My artifacts");
  const table = placed.tables[0];
  if (!table) throw new ConferenceEditError("The My artifacts section has no table.");
  const rows = table.slice(1);
  if (rows.some((row) => row[0]?.text.trim() === cells[0])) return [];
  const empty = rows.find((row) => row.every((cell) => cell.text.trim() === ""));
  if (empty) {
    return empty
      .slice(0, cells.length)
      .map((cell, i) => replaceFrom(cell, 0, cells[i]!))
      .reverse()
      .flat();
  }
  return newRowRequests(placed.tableStarts[0]!, table, cells);
}

/** A row inserted below the last one; its cell i holds its empty paragraph at rowEnd + 2 + 2i. */
function newRowRequests(
  tableStart: number,
  table: readonly (readonly Placed[])[],
  cells: readonly string[],
): DocRequest[] {
  const last = table.at(-1)!;
  const rowEnd = last.at(-1)!.end;
  const texts = last.map((_, i) => cells[i] ?? "");
  return [
    {
      insertTableRow: {
        tableCellLocation: {
          tableStartLocation: { index: tableStart },
          rowIndex: table.length - 1,
          columnIndex: 0,
        },
        insertBelow: true,
      },
    },
    ...texts
      .map((text, i) => (text ? [insert(rowEnd + 2 + 2 * i, text)] : []))
      .reverse()
      .flat(),
  ];
}

/** Every one of the five SMART parts must be written. */
export function missingSmartParts(parts: Readonly<Record<string, string>>): string[] {
  return SMART_PARTS.filter((part) => oneLine(parts[part] ?? "") === "");
}

/** Writes the SMART table's second column and the own-words line, replacing what was there. */
export function planRequests(
  section: PlacedSection | undefined,
  parts: Readonly<Record<string, string>>,
  ownWords: string,
): DocRequest[] {
  const lines = Object.fromEntries(
    SMART_PARTS.map((part) => [part, typedLine(part, parts[part] ?? "")]),
  );
  const own = typedLine(OWN_WORDS_PROMPT.replace(/:$/, ""), ownWords);
  const missing = missingSmartParts(lines);
  if (missing.length > 0) {
    throw new ConferenceEditError(
      `A SMART goal needs all five parts; write: ${missing.join(", ")}.`,
    );
  }
  const placed = need(section, "Post-Conference Plan");
  const requests: DocRequest[] = [];
  const line = placed.paragraphs.find((p) => p.text.includes(OWN_WORDS_PROMPT));
  if (line && own !== "") {
    const offset = line.text.indexOf(OWN_WORDS_PROMPT) + OWN_WORDS_PROMPT.length;
    requests.push(...replaceFrom(line, offset, ` ${own}`));
  }
  const rows = placed.tables[0] ?? [];
  const cells = SMART_PARTS.map((part) => ({
    cell: rows.find((row) => row[0]?.text.trim() === part)?.[1],
    text: lines[part]!,
  }));
  if (cells.some((c) => !c.cell)) {
    throw new ConferenceEditError("The SMART goal table in this doc is not the one Confer made.");
  }
  const ordered = cells.sort((a, b) => b.cell!.start - a.cell!.start);
  requests.push(...ordered.flatMap((c) => replaceFrom(c.cell!, 0, c.text)));
  return requests;
}

/** Adds a line to a bulleted list section (next steps, teacher support), filling an empty bullet first. */
export function listLineRequests(
  section: PlacedSection | undefined,
  what: string,
  text: string,
): DocRequest[] {
  const line = typedLine(what, text);
  if (line === "") return [];
  const placed = need(section, what);
  if (placed.paragraphs.slice(1).some((p) => p.text.trim() === line)) return [];
  const last = placed.paragraphs.at(-1)!;
  if (placed.paragraphs.length > 1 && last.text.trim() === "") return [insert(last.end - 1, line)];
  return [insert(last.end - 1, `\n${line}`)];
}

/** Writes the date after the "Conference held on" prompt; a conference already held keeps its date. */
export function heldRequests(section: PlacedSection | undefined, date: string): DocRequest[] {
  const line = need(section, "Conference held").paragraphs.find((p) =>
    p.text.includes(HELD_PROMPT),
  );
  if (!line) throw new ConferenceEditError("The Conference held line is missing from this doc.");
  if (afterPrompt(line.text, HELD_PROMPT) !== "") return [];
  const offset = line.text.indexOf(HELD_PROMPT) + HELD_PROMPT.length;
  return replaceFrom(line, offset, ` ${date}`);
}

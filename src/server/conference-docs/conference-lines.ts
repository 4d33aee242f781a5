/*
 * A student's Conference line written in docs whose line's range ID is not kept (made before it
 * was, or the student removed the range), as the schedule and the classroom cycle both write it:
 * the docs read in one batch, each line put in place of the Conference time section's text, and
 * the docs written in one more. Each line answers how it went, for its caller to word.
 */
import { SECTIONS } from "../../domain/conference-docs/template";
import { replaceSectionText } from "../../domain/pull/section-requests";
import { zipOutcomes } from "../../domain/zip-outcomes";
import {
  type DocUpdate,
  getDocuments,
  updateDocuments,
} from "../../workspace/conference-doc-sections";

export type LineWritten =
  | { readonly ok: true }
  /** The doc has no Conference time section any more. */
  | { readonly ok: false; readonly stage: "removed" }
  | { readonly ok: false; readonly stage: "read" | "write"; readonly error: string };

export function writeLinesByReading(
  lines: readonly { readonly docId: string; readonly line: string }[],
): LineWritten[] {
  if (lines.length === 0) return [];
  const written: LineWritten[] = [];
  const updates: { readonly at: number; readonly update: DocUpdate }[] = [];
  zipOutcomes(lines, getDocuments(lines.map((l) => l.docId))).forEach(([line, doc], at) => {
    if (!doc.ok) {
      written[at] = { ok: false, stage: "read", error: doc.error };
      return;
    }
    const request = replaceSectionText(doc.value, SECTIONS.conferenceTime, line.line);
    if (request) updates.push({ at, update: { docId: line.docId, requests: [request] } });
    else written[at] = { ok: false, stage: "removed" };
  });
  const outcomes = updateDocuments(updates.map((u) => u.update));
  for (const [{ at }, outcome] of zipOutcomes(updates, outcomes)) {
    written[at] = outcome.ok ? { ok: true } : { ok: false, stage: "write", error: outcome.error };
  }
  return written;
}

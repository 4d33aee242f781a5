/*
 * A row of the Conference Docs tab: which doc belongs to which student, who it is shared with,
 * and how far the student's conference has come.
 */

export interface DocRecord {
  readonly studentId: string;
  readonly studentName: string;
  readonly grade: string;
  readonly advisorEmail: string;
  readonly docId: string;
  readonly docUrl: string;
  readonly created: string;
  readonly sharedWith: readonly string[];
  readonly purpose: string;
  readonly prepared: boolean;
  readonly held: boolean;
  readonly planWritten: boolean;
  readonly guardianUpdateDrafted: boolean;
  /** When the advisor last pulled teacher comments into the doc, or "" before the first pull. */
  readonly commentsPulled: string;
  /** When and by whom the guardian update was drafted, e.g. "2026-11-23T14:05:00Z by …". */
  readonly updateDrafted: string;
  /** The Teacher comments named range's ID, once known, so a pull writes it without a read. */
  readonly commentsRangeId?: string;
  /** The guardian-update drafts made for this doc, as JSON (see server/guardian-updates/hub-side.ts). */
  readonly updateDrafts?: string;
  /** When Status last read the doc itself (ISO), or "" before. */
  readonly statusRead?: string;
  /** The Conference line's named range ID, once known, so a booking writes it without a read. */
  readonly conferenceLineId?: string;
  /** The round the doc is for, by name. */
  readonly round: string;
}

const yesNo = (value: boolean) => (value ? "yes" : "no");
const isYes = (value: unknown) => String(value).trim().toLowerCase() === "yes";

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

export function recordToRow(record: DocRecord): string[] {
  return [
    record.studentId,
    record.studentName,
    record.grade,
    record.advisorEmail,
    record.docId,
    record.docUrl,
    record.created,
    record.sharedWith.join(", "),
    record.purpose,
    yesNo(record.prepared),
    yesNo(record.held),
    yesNo(record.planWritten),
    yesNo(record.guardianUpdateDrafted),
    record.commentsPulled,
    record.updateDrafted,
    record.commentsRangeId ?? "",
    record.updateDrafts ?? "",
    record.statusRead ?? "",
    record.conferenceLineId ?? "",
    record.round,
  ];
}

/**
 * A row written before docs had rounds has no round; it reads as `roundOfOldRows`, the round the
 * hub worked on then (its term).
 */
export function recordFromRow(row: readonly unknown[], roundOfOldRows = ""): DocRecord | undefined {
  const text = (i: number) => String(row[i] ?? "").trim();
  if (text(0) === "" || text(4) === "") return undefined;
  return {
    studentId: text(0),
    studentName: text(1),
    grade: text(2),
    advisorEmail: text(3).toLowerCase(),
    docId: text(4),
    docUrl: text(5),
    created: text(6),
    sharedWith: text(7)
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter((email) => email !== ""),
    purpose: text(8),
    prepared: isYes(row[9]),
    held: isYes(row[10]),
    planWritten: isYes(row[11]),
    guardianUpdateDrafted: isYes(row[12]),
    commentsPulled: text(13),
    updateDrafted: text(14),
    commentsRangeId: text(15),
    updateDrafts: text(16),
    statusRead: text(17),
    conferenceLineId: text(18),
    round: text(19) || roundOfOldRows,
  };
}

/*
 * Comments and log entries as sheet rows. Their text columns are formatted as plain text ("@"),
 * so a sheet keeps "=SUM(A1)", "+1" or "007" exactly as typed and never evaluates them. The Round
 * column is a comment row's last, so a tab or log entry from before rounds reads with no round.
 */
import type { CommentStatus, LogAction, LogEntry, TeacherComment } from "./model";

const text = (row: readonly unknown[], i: number) => String(row[i] ?? "");

export function commentToRow(comment: TeacherComment): (string | number)[] {
  return [
    comment.id,
    comment.studentId,
    comment.studentName,
    comment.classId,
    comment.period,
    comment.teacherEmail,
    comment.text,
    comment.version,
    comment.created,
    comment.updated,
    comment.status,
    comment.round,
  ];
}

export function commentFromRow(row: readonly unknown[], grade: string): TeacherComment | undefined {
  if (text(row, 0).trim() === "") return undefined;
  return {
    id: text(row, 0).trim(),
    studentId: text(row, 1).trim(),
    studentName: text(row, 2),
    grade,
    classId: text(row, 3).trim(),
    period: text(row, 4),
    teacherEmail: text(row, 5).trim().toLowerCase(),
    text: text(row, 6),
    version: Number(row[7]) || 1,
    created: stamp(row[8]),
    updated: stamp(row[9]),
    status: (text(row, 10).trim() === "withdrawn" ? "withdrawn" : "active") as CommentStatus,
    round: text(row, 11).trim(),
  };
}

/** Sheets hands back dates it recognised; keep every stamp as ISO text. */
function stamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value ?? "");
}

export function logToRow(entry: LogEntry): string[] {
  return [
    entry.time,
    entry.actor,
    entry.action,
    entry.commentId,
    entry.before ? JSON.stringify(entry.before) : "",
    entry.after ? JSON.stringify(entry.after) : entry.reason,
  ];
}

export function logFromRow(row: readonly unknown[]): LogEntry | undefined {
  const action = text(row, 2).trim() as LogAction;
  if (action === ("" as LogAction)) return undefined;
  const parse = (value: string): TeacherComment | null => {
    if (!value.startsWith("{")) return null;
    const comment = JSON.parse(value) as Omit<TeacherComment, "round"> & { round?: string };
    return { ...comment, round: comment.round ?? "" };
  };
  const after = parse(text(row, 5));
  return {
    time: stamp(row[0]),
    actor: text(row, 1),
    action,
    commentId: text(row, 3),
    before: parse(text(row, 4)),
    after,
    reason: after ? "" : text(row, 5),
  };
}

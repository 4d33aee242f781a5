/*
 * Teacher comments as Confer keeps them: one record per teacher, student, class and round, with a
 * version that every edit must name, and an append-only log of every change.
 */

export type CommentStatus = "active" | "withdrawn";

export interface TeacherComment {
  readonly id: string;
  readonly studentId: string;
  readonly studentName: string;
  readonly grade: string;
  readonly classId: string;
  readonly period: string;
  readonly teacherEmail: string;
  readonly text: string;
  readonly version: number;
  readonly created: string;
  readonly updated: string;
  readonly status: CommentStatus;
  /** The round the comment was written in, by name; "" on a row from before comments had rounds. */
  readonly round: string;
}

/** "regrade": a re-import moved the student, and with them the comment, to another grade. */
export type LogAction = "create" | "edit" | "withdraw" | "restore" | "refused" | "regrade";

export interface LogEntry {
  readonly time: string;
  readonly actor: string;
  readonly action: LogAction;
  readonly commentId: string;
  readonly before: TeacherComment | null;
  readonly after: TeacherComment | null;
  /** Why a request was refused; empty otherwise. */
  readonly reason: string;
}

export const MAX_COMMENT_LENGTH = 2000;

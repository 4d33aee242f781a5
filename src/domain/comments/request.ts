/*
 * Reading a comment save as it arrives from a sidebar: plain JSON that must have the right shape
 * before any rule is applied to it.
 */
import { ConferError } from "../errors";
import type { SaveEntry, SaveRequest } from "./save";

export class BadRequestError extends ConferError {
  readonly code = "bad-request";

  constructor(message: string) {
    super(message);
    this.name = "BadRequestError";
  }
}

const MAX_ENTRIES = 200;

function entryOf(value: unknown, index: number): SaveEntry {
  const item = (value ?? {}) as Record<string, unknown>;
  const where = `entry ${index + 1}`;
  if (typeof item.studentId !== "string" || item.studentId === "") {
    throw new BadRequestError(`The save's ${where} names no student.`);
  }
  if (typeof item.text !== "string") throw new BadRequestError(`The save's ${where} has no text.`);
  if (item.commentId !== undefined && typeof item.commentId !== "string") {
    throw new BadRequestError(`The save's ${where} has a bad comment ID.`);
  }
  if (item.version !== undefined && !Number.isInteger(item.version)) {
    throw new BadRequestError(`The save's ${where} has a bad version.`);
  }
  return {
    studentId: item.studentId,
    text: item.text,
    ...(typeof item.commentId === "string" ? { commentId: item.commentId } : {}),
    ...(typeof item.version === "number" ? { version: item.version } : {}),
    ...(item.withdraw === true ? { withdraw: true } : {}),
  };
}

export function parseSaveRequest(value: unknown): SaveRequest {
  const request = (value ?? {}) as Record<string, unknown>;
  if (typeof request.classId !== "string" || request.classId === "") {
    throw new BadRequestError("The save names no class.");
  }
  if (typeof request.teacherEmail !== "string")
    throw new BadRequestError("The save names no teacher.");
  if (!Array.isArray(request.entries)) throw new BadRequestError("The save has no comments.");
  if (request.entries.length > MAX_ENTRIES) {
    throw new BadRequestError(
      `A save holds at most ${MAX_ENTRIES} comments, not ${request.entries.length}.`,
    );
  }
  return {
    classId: request.classId,
    teacherEmail: request.teacherEmail,
    entries: request.entries.map(entryOf),
  };
}

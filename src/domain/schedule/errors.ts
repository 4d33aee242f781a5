/*
 * The errors the schedule raises, each worded for the teacher or parent who will read it: bad
 * input names its field and value, a refused booking says why, and a bad link says what to do.
 */
import { ConferError } from "../errors";

export class ScheduleInputError extends ConferError {
  readonly code = "bad-request";
  readonly field: string;
  readonly value: string;

  constructor(field: string, value: string, reason: string) {
    const shown = value === "" ? "" : ` “${value}”`;
    super(`${field}${shown}: ${reason}${/[.!?]$/.test(reason) ? "" : "."}`);
    this.name = "ScheduleInputError";
    this.field = field;
    this.value = value;
  }
}

export type RefusalReason =
  | "slot-missing"
  | "slot-taken"
  | "slot-past"
  | "wrong-host"
  | "not-your-student"
  | "too-many-changes"
  | "no-booking"
  | "wrong-round"
  | "slot-cancelled";

export class BookingRefusedError extends ConferError {
  readonly code = "refused";
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, message: string) {
    super(message);
    this.name = "BookingRefusedError";
    this.reason = reason;
  }
}

export type TokenErrorCode = "malformed" | "forged" | "expired";

const TOKEN_MESSAGES: Readonly<Record<TokenErrorCode, string>> = {
  malformed:
    "This sign-up link is incomplete. Copy the whole link from the email, or ask your child's advisor for a new one.",
  forged: "This sign-up link is not valid. Ask your child's advisor for a new one.",
  expired: "This sign-up link has expired. Ask your child's advisor for a new one.",
};

export class TokenError extends Error {
  readonly code: TokenErrorCode;

  constructor(code: TokenErrorCode, message: string = TOKEN_MESSAGES[code]) {
    super(message);
    this.name = "TokenError";
    this.code = code;
  }
}

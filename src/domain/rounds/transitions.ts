/*
 * A round's life: open, then closed, then archived, and never back from archived. Closing a
 * closed round (or archiving an archived one) changes nothing and says so; a step out of order is
 * refused with what to do instead.
 */
import { ConferError } from "../errors";
import type { Round } from "./model";

export class RoundRefusedError extends ConferError {
  readonly code = "refused";

  constructor(message: string) {
    super(message);
    this.name = "RoundRefusedError";
  }
}

export interface RoundChange {
  readonly round: Round;
  readonly changed: boolean;
  readonly message: string;
}

export function closeRound(round: Round, at: string): RoundChange {
  if (round.state === "closed") {
    return {
      round,
      changed: false,
      message: `“${round.name}” is already closed; nothing changed.`,
    };
  }
  if (round.state === "archived") {
    throw new RoundRefusedError(
      `“${round.name}” is archived, and an archived round cannot be closed or opened again.`,
    );
  }
  return {
    round: { ...round, state: "closed", closedAt: at },
    changed: true,
    message: `“${round.name}” is closed.`,
  };
}

export function archiveRound(round: Round, at: string): RoundChange {
  if (round.state === "archived") {
    return {
      round,
      changed: false,
      message: `“${round.name}” is already archived; nothing changed.`,
    };
  }
  if (round.state === "open") {
    throw new RoundRefusedError(`“${round.name}” is still open: close it first, then archive it.`);
  }
  return {
    round: { ...round, state: "archived", archivedAt: at },
    changed: true,
    message: `“${round.name}” is archived.`,
  };
}

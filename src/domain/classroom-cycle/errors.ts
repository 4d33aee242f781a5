/*
 * A teacher's change to the cycle that cannot be made: the message names the student, the day or
 * time, who holds it, and why.
 */
import { ConferError } from "../errors";

export class ClassroomRefusedError extends ConferError {
  readonly code = "refused";

  constructor(message: string) {
    super(message);
    this.name = "ClassroomRefusedError";
  }
}

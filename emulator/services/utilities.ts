/* Utilities: the helpers Apps Script computes in its own runtime (UUIDs, dates, digests, sleep). */
import { randomUUID } from "node:crypto";
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { WaitThenReturn } from "../core/signals";

const MAX_SLEEP_MS = 300_000;

export class EmulatedUtilities
  extends Emulated
  implements Emulates<GoogleAppsScript.Utilities.Utilities, "sleep" | "getUuid">
{
  static override readonly className = "Utilities";
  static override readonly methods = ["sleep", "getUuid"];

  /** Pauses the execution; the pause counts toward its 6-minute limit. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || milliseconds < 0 || milliseconds > MAX_SLEEP_MS) {
      throw new GoogleError(`Invalid argument: milliseconds`);
    }
    throw new WaitThenReturn(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }
}

/* Fault injection: make the nth call of a chosen service method fail, as a flaky Google would. */
import { GoogleError } from "./errors";

export interface FaultSpec {
  /** "Class.method", for example "File.makeCopy". */
  readonly call: string;
  /** Fail the nth matching call counted from when the fault was armed (1-based). */
  readonly nth: number;
  /** How many consecutive calls fail from the nth on. Defaults to 1. */
  readonly times?: number;
  readonly message?: string;
}

interface ArmedFault extends Required<FaultSpec> {
  seen: number;
}

export class FaultPlan {
  private readonly armed: ArmedFault[] = [];

  inject(spec: FaultSpec): void {
    this.armed.push({
      times: 1,
      message: "Service unavailable: try again later.",
      ...spec,
      seen: 0,
    });
  }

  clear(): void {
    this.armed.length = 0;
  }

  /** Called once per service call; throws when an armed fault fires. */
  check(call: string): void {
    for (const fault of this.armed) {
      if (fault.call !== call) continue;
      fault.seen += 1;
      if (fault.seen >= fault.nth && fault.seen < fault.nth + fault.times) {
        throw new GoogleError(fault.message);
      }
    }
  }
}

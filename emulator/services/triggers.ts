/*
 * ScriptApp's time-driven triggers: TriggerBuilder.timeBased(), ClockTriggerBuilder
 * (after, at, everyMinutes, everyHours) and Trigger. The table lives in core/triggers.ts.
 * References: developers.google.com/apps-script/reference/script/clock-trigger-builder
 * and developers.google.com/apps-script/reference/script/trigger
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import type { TriggerRow } from "../core/triggers";

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const HOUR_MS = 3_600_000;

/**
 * Google refuses an add-on's trigger that would run more often than hourly (editor-triggers
 * guide: "Time-driven triggers cannot run more frequently than once per hour"); the wording of
 * its message is not confirmed.
 */
const ADD_ON_TOO_OFTEN_MESSAGE =
  "Add-ons cannot create time-based triggers that run more frequently than once per hour.";

/**
 * The document an add-on execution runs in: a menu, sidebar or editor execution with a
 * container. A web app's or a trigger's execution is not an add-on's.
 */
function addOnDocument(exec: Execution): string | undefined {
  const inEditor = exec.kind === "menu" || exec.kind === "sidebar" || exec.kind === "editor";
  return inEditor && exec.containerId !== undefined ? exec.containerId : undefined;
}

/** Installable triggers need the user's full authorization. */
export function requireFullAuth(exec: Execution, method: string): void {
  if (exec.authMode !== "FULL") {
    throw new GoogleError(
      `You do not have permission to call ScriptApp.${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`,
    );
  }
}

export class EmulatedTrigger
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Script.Trigger,
      "getUniqueId" | "getHandlerFunction" | "getEventType" | "getTriggerSource"
    >
{
  static override readonly className = "Trigger";
  static override readonly methods = [
    "getUniqueId",
    "getHandlerFunction",
    "getEventType",
    "getTriggerSource",
  ];

  constructor(
    exec: Execution,
    readonly row: TriggerRow,
  ) {
    super(exec);
  }

  getUniqueId(): string {
    return this.row.id;
  }

  getHandlerFunction(): string {
    return this.row.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return "CLOCK" as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return "CLOCK" as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  override describe(): { kind: "Trigger"; id: string; handler: string } {
    return { kind: "Trigger", id: this.row.id, handler: this.row.handler };
  }
}

export class EmulatedClockTriggerBuilder
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      "after" | "at" | "everyMinutes" | "everyHours" | "everyDays" | "atHour" | "create"
    >
{
  static override readonly className = "ClockTriggerBuilder";
  static override readonly methods = [
    "after",
    "at",
    "everyMinutes",
    "everyHours",
    "everyDays",
    "atHour",
    "create",
  ];
  private schedule: { repeat: "once" | "every"; everyMs: number; firstRunMs: number } | undefined;

  constructor(
    exec: Execution,
    private readonly handler: string,
  ) {
    super(exec);
  }

  private now(): number {
    return this.exec.startedAt + this.exec.clockMs;
  }

  /** Runs once, no sooner than `durationMilliseconds` from now. */
  after(durationMilliseconds: number): EmulatedClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!Number.isInteger(ms) || ms < 0) {
      throw new GoogleError("Invalid argument: durationMilliseconds");
    }
    this.schedule = { repeat: "once", everyMs: 0, firstRunMs: this.now() + ms };
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): EmulatedClockTriggerBuilder {
    const when = date as unknown;
    if (!(when instanceof Date) || Number.isNaN(when.getTime())) {
      throw new GoogleError("Invalid argument: date");
    }
    this.schedule = { repeat: "once", everyMs: 0, firstRunMs: when.getTime() };
    return this;
  }

  /** n must be 1, 5, 10, 15 or 30, as documented. */
  everyMinutes(n: number): EmulatedClockTriggerBuilder {
    if (!EVERY_MINUTES.includes(Number(n))) throw new GoogleError("Invalid argument: n");
    return this.every(Number(n) * 60_000);
  }

  everyHours(n: number): EmulatedClockTriggerBuilder {
    if (!Number.isInteger(Number(n)) || Number(n) < 1) throw new GoogleError("Invalid argument: n");
    return this.every(Number(n) * 3_600_000);
  }

  everyDays(n: number): EmulatedClockTriggerBuilder {
    if (!Number.isInteger(Number(n)) || Number(n) < 1) throw new GoogleError("Invalid argument: n");
    return this.every(Number(n) * 86_400_000);
  }

  /** With everyDays: the first run is the next time the script's clock shows that hour. */
  atHour(hour: number): EmulatedClockTriggerBuilder {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new GoogleError("Invalid argument: hour");
    if (this.schedule?.repeat !== "every" || this.schedule.everyMs % 86_400_000 !== 0) {
      throw new GoogleError("atHour needs everyDays or everyWeeks first.");
    }
    const zone = this.exec.workspace.script.timeZone;
    const hourIn = (ms: number) =>
      Number(
        new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" })
          .formatToParts(new Date(ms))
          .find((part) => part.type === "hour")?.value,
      );
    let first = Math.ceil(this.now() / 3_600_000) * 3_600_000;
    while (hourIn(first) !== h) first += 3_600_000;
    this.schedule = { ...this.schedule, firstRunMs: first };
    return this;
  }

  private every(everyMs: number): EmulatedClockTriggerBuilder {
    this.schedule = { repeat: "every", everyMs, firstRunMs: this.now() + everyMs };
    return this;
  }

  create(): EmulatedTrigger {
    requireFullAuth(this.exec, "newTrigger");
    if (!this.schedule) {
      throw new GoogleError(
        "A time-based trigger needs a schedule: after, at, everyMinutes, everyHours or everyDays.",
      );
    }
    const document = addOnDocument(this.exec);
    if (
      document !== undefined &&
      this.schedule.repeat === "every" &&
      this.schedule.everyMs < HOUR_MS
    ) {
      throw new GoogleError(ADD_ON_TOO_OFTEN_MESSAGE);
    }
    const row = this.exec.workspace.triggers.add({
      ...(document === undefined ? {} : { document }),
      owner: this.exec.effectiveUser,
      handler: this.handler,
      repeat: this.schedule.repeat,
      everyMs: this.schedule.everyMs,
      nextRunMs: this.schedule.firstRunMs,
    });
    return new EmulatedTrigger(this.exec, row);
  }
}

export class EmulatedTriggerBuilder
  extends Emulated
  implements Emulates<GoogleAppsScript.Script.TriggerBuilder, "timeBased">
{
  static override readonly className = "TriggerBuilder";
  static override readonly methods = ["timeBased"];

  constructor(
    exec: Execution,
    private readonly handler: string,
  ) {
    super(exec);
  }

  timeBased(): EmulatedClockTriggerBuilder {
    return new EmulatedClockTriggerBuilder(this.exec, this.handler);
  }
}

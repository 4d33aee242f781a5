/*
 * The booking scenarios' school and hub on dist/: the generated 600-student set (one family per
 * student, 30 advisors of 20), the anonymous family sign-up deployment saved in Settings, slots
 * published by advisors through the publishSlots endpoint, each family's signed link from the
 * coordinator's not-yet-booked list, and families booking with bookFamilySlot on that page.
 */
import {
  type ExecutionReport,
  type RunRequest,
  type RunResult,
  run,
  runConcurrently,
  type SpreadsheetContent,
  type Workspace,
  webAppPageRun,
} from "../../emulator";
import { BOOKING_LOG_TAB, headersOf, SCHEDULE_TAB } from "../../src/domain/hub/tabs";
import {
  type BenchSchool,
  benchSchool,
  COORDINATOR,
  type Hub,
  readyHub,
  SCHOOL_NAME,
  TERM,
} from "./school";

export const ROUND = "Fall conferences";
export const FAMILIES = 600;
/** The first `count` weekdays from Tuesday 1 December 2026, a week after the bench's clock. */
export function weekdays(count: number): string[] {
  const days: string[] = [];
  for (let at = Date.parse("2026-12-01T12:00:00Z"); days.length < count; at += 86_400_000) {
    const day = new Date(at);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

export const DAYS = weekdays(10);

let school: BenchSchool | undefined;

export function bookingSchool(): BenchSchool {
  school ??= benchSchool(FAMILIES);
  return school;
}

/** Every advisor's email, in roster order. */
export function advisors(): string[] {
  return [...new Set(bookingSchool().roster.students.map((s) => s.advisorEmail))];
}

export interface BookingHub extends Hub {
  readonly signupUrl: string;
}

function call(hub: Hub, as: string, fn: string, arg: unknown, inHub: boolean): unknown {
  const result = run(hub.ws, {
    fn,
    args: [arg],
    as,
    kind: "sidebar",
    ...(inHub ? { containerId: hub.hubId } : {}),
  });
  if (!result.ok) throw new Error(`${fn} as ${as} failed: ${result.error?.message}`);
  return result.value;
}

/** The school's hub with the family sign-up deployment's URL in Settings. */
export function bookingHub(): BookingHub {
  const hub = readyHub(bookingSchool());
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  call(
    hub,
    COORDINATOR,
    "saveSettings",
    { schoolName: SCHOOL_NAME, term: TERM, grades: "6, 7, 8", familySignupUrl: signupUrl },
    true,
  );
  return { ...hub, signupUrl };
}

/** An advisor publishes 15-minute conference slots from 13:00 to `endTime` on these days. */
export function publish(hub: Hub, advisor: string, days: readonly string[], endTime: string) {
  const result = call(
    hub,
    advisor,
    "publishSlots",
    {
      kind: "conference",
      round: ROUND,
      days,
      startTime: "13:00",
      endTime,
      minutes: 15,
      breaks: [],
      location: "Advisory room",
    },
    false,
  ) as { added: number };
  return result.added;
}

export interface SlotRow {
  readonly slotId: string;
  readonly host: string;
  readonly studentId: string;
  readonly status: string;
  readonly eventId: string;
}

function contentOf(hub: Hub): SpreadsheetContent {
  return hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
}

/** The Schedule tab's rows, in sheet order (each advisor's slots in time order). */
export function slotRows(hub: Hub): SlotRow[] {
  const headers = headersOf(SCHEDULE_TAB);
  const at = (header: string) => headers.indexOf(header);
  const sheet = contentOf(hub).sheetByName(SCHEDULE_TAB.name)!;
  return sheet.rows
    .slice(1)
    .filter((line) => line?.[0]?.value)
    .map((line) => {
      const cell = (header: string) => String(line![at(header)]?.value ?? "");
      return {
        slotId: cell("Slot ID"),
        host: cell("Host Email"),
        studentId: cell("Student ID"),
        status: cell("Status"),
        eventId: cell("Calendar Event"),
      };
    });
}

export function bookingLogRows(hub: Hub): number {
  const sheet = contentOf(hub).sheetByName(BOOKING_LOG_TAB.name)!;
  return sheet.rows.slice(1).filter((line) => line?.[0]?.value).length;
}

/** Each advisor's slot IDs in time order. */
export function slotsByHost(hub: Hub): Map<string, string[]> {
  const byHost = new Map<string, string[]>();
  for (const row of slotRows(hub))
    byHost.set(row.host, [...(byHost.get(row.host) ?? []), row.slotId]);
  return byHost;
}

/** Every family's sign-up token by student ID, from the coordinator's not-yet-booked list. */
export function familyTokens(hub: Hub, advisorEmail?: string): Map<string, string> {
  const view = call(
    hub,
    COORDINATOR,
    "getNotYetBooked",
    { round: ROUND, ...(advisorEmail ? { advisorEmail } : {}) },
    true,
  ) as { rows: { studentId: string; link: string }[]; linkProblem: string };
  if (view.linkProblem) throw new Error(view.linkProblem);
  return new Map(
    view.rows.map((row) => [row.studentId, new URL(row.link).searchParams.get("signup") ?? ""]),
  );
}

/** One family's booking of one slot for their student. */
export interface Booking {
  readonly studentId: string;
  readonly slotId: string;
  readonly guardianEmail: string;
}

export function bookRequest(hub: BookingHub, token: string, booking: Booking): RunRequest {
  return webAppPageRun(hub.ws, hub.signupUrl, "bookFamilySlot", [
    token,
    booking.studentId,
    booking.slotId,
    "",
  ]);
}

/** The advisees of each advisor, by student ID, in roster order. */
export function adviseesByAdvisor(): Map<string, string[]> {
  const byAdvisor = new Map<string, string[]>();
  for (const student of bookingSchool().roster.students) {
    byAdvisor.set(student.advisorEmail, [
      ...(byAdvisor.get(student.advisorEmail) ?? []),
      student.id,
    ]);
  }
  return byAdvisor;
}

export function guardianOf(studentId: string): string {
  const student = bookingSchool().roster.students.find((s) => s.id === studentId)!;
  return student.guardians.find((g) => g.email !== "")?.email ?? "";
}

export interface Burst {
  /** Each request's final answer: booked, or refused for good. */
  readonly final: RunResult[];
  /** Every execution that started, retries included. */
  readonly started: ExecutionReport[];
  /** Executions Google would not start (over 30 at once for the owner), retried by the family. */
  readonly platformRefused: number;
  /** "Try again" answers (the script lock was busy too long), retried by the family. */
  readonly retried: number;
  /** The refusal texts of every started execution that failed, retries included. */
  readonly refusals: string[];
}

/**
 * Starts every request at the same moment; a family whose request Google refused to start, or
 * that was told to try again, tries again together with the others still waiting.
 */
export async function burst(
  ws: Workspace,
  requests: readonly RunRequest[],
  timeScale: number,
  retryWhen: (message: string) => boolean,
): Promise<Burst> {
  const final: RunResult[] = [];
  const started: ExecutionReport[] = [];
  const refusals: string[] = [];
  let platformRefused = 0;
  let retried = 0;
  let pending = requests.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    if (round === 20) throw new Error(`${pending.length} families never got an answer`);
    const results = await runConcurrently(
      ws,
      pending.map((i) => requests[i]!),
      { timeScale },
    );
    const next: number[] = [];
    results.forEach((result, k) => {
      const i = pending[k]!;
      if (result.refused) {
        platformRefused++;
        next.push(i);
        return;
      }
      started.push(result.report);
      const message = result.error?.message ?? "";
      if (!result.ok) refusals.push(message);
      if (!result.ok && retryWhen(message)) {
        retried++;
        next.push(i);
        return;
      }
      final[i] = result;
    });
    pending = next;
  }
  return { final, started, platformRefused, retried, refusals };
}

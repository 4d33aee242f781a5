/*
 * The school the security matrix runs in, and how one action is tried through each door as each
 * kind of person: the add-on in a Sheet or Doc, the staff web app's doPost, a page a deployment
 * served (google.script.run as the hub owner), and a trigger.
 */
import {
  DocumentContent,
  MIME,
  type RunResult,
  run,
  runDueTriggers,
  SpreadsheetContent,
} from "../../../emulator";
import { toConferCsv } from "../../../scripts/demo-school";
import type { Door } from "../../../src/domain/access/doors";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "../harness";

export const PERSONAS = [
  "anonymous",
  "outsider",
  "stranger",
  "student",
  "teacher",
  "advisor",
  "coordinator",
] as const;

export type Persona = (typeof PERSONAS)[number];

export const STUDENT_ID = "6001";
export const EMAILS: Record<Persona, string> = {
  anonymous: "",
  outsider: "pat.outside@gmail.test",
  stranger: "visitor@school.test",
  student: "valentina.chen@school.test",
  teacher: "linda.novak@school.test",
  advisor: "niamh.zhang@school.test",
  coordinator: "coordinator@school.test",
};

/** What a cell shows: admitted (ran, whatever its input made of it), refused, or not possible. */
export type Cell = "✓" | "✗" | "·";

export interface MatrixHub extends DemoHub {
  readonly signupUrl: string;
  readonly docId: string;
  readonly familyToken: string;
  readonly slotId: string;
  /** Each person's own spreadsheet and doc, to open the add-on in. */
  readonly sheetOf: Record<Persona, string>;
  readonly docOf: Record<Persona, string>;
}

function ownFile(hub: DemoHub, owner: string, mimeType: string, name: string): string {
  const content =
    mimeType === MIME.spreadsheet ? SpreadsheetContent.create("UTC") : DocumentContent.create();
  return hub.ws.drive.create({ name, mimeType, owner, content }).id;
}

export function matrixHub(): MatrixHub {
  const hub = readyHub();
  hub.ws.users.add(EMAILS.outsider, "Pat Outside");
  hub.ws.users.add(EMAILS.stranger, "Vic Visitor");
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl });
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  const docId = hub.ws.drive
    .all()
    .find(
      (f) => f.appProperties.conferStudentId !== undefined && f.name.startsWith("Chen, Valentina"),
    )!.id;
  const advisor = EMAILS.advisor;
  publishFallSlots(hub, advisor);
  const notBooked = run(hub.ws, {
    fn: "getNotYetBooked",
    args: [{ round: "Fall conferences" }],
    as: advisor,
    kind: "sidebar",
  }).value as { rows: { studentId: string; link: string }[] };
  const link = notBooked.rows.find((r) => r.studentId === STUDENT_ID)!.link;
  const schedule = run(hub.ws, { fn: "getSchedule", args: [{}], as: advisor, kind: "sidebar" })
    .value as { slots: { id: string }[] };
  const sheetOf = {} as Record<Persona, string>;
  const docOf = {} as Record<Persona, string>;
  for (const persona of PERSONAS) {
    const email = EMAILS[persona];
    if (email === "") continue;
    sheetOf[persona] =
      persona === "coordinator"
        ? hub.hubId
        : ownFile(hub, email, MIME.spreadsheet, `${persona}'s sheet`);
    docOf[persona] = ["student", "advisor", "coordinator"].includes(persona)
      ? docId
      : ownFile(hub, email, MIME.document, `${persona}'s doc`);
  }
  return Object.assign(hub, {
    signupUrl,
    docId,
    familyToken: new URL(link).searchParams.get("signup") ?? "",
    slotId: schedule.slots[0]!.id,
    sheetOf,
    docOf,
  });
}

export const ACCESS_ERRORS = ["AccessRefusedError", "NotAllowedError"];
const REFUSAL_CODES = ["wrong-door", "not-signed-in", "not-allowed", "unknown-action"];

export interface Tried {
  readonly cell: Cell;
  readonly result: RunResult | null;
  /** What the caller got back: a refusal must carry none. */
  readonly data: unknown;
  readonly message: string;
}

function alertsOf(hub: MatrixHub, persona: Persona, containerId: string): unknown[] {
  const email = EMAILS[persona];
  const host = containerId === hub.docOf[persona] && containerId !== hub.sheetOf[persona];
  return hub.ws.ui.of(email, host ? "Docs" : "Sheets", containerId).alerts;
}

/** Google's own answer for a name that is no top-level function: nothing ran. */
const NOT_A_FUNCTION = /^Script function not found/;

/** doGet and doPost answer with a JSON envelope, which may carry a refusal. */
function envelopeOf(
  result: RunResult,
): { ok: boolean; data?: unknown; error?: { code: string; message: string } } | null {
  const output = result.value as { kind?: string; mimeType?: string; content?: string } | undefined;
  if (!result.ok || output?.kind !== "TextOutput" || output.mimeType !== "JSON") return null;
  return JSON.parse(output.content ?? "{}");
}

function fromEnvelope(result: RunResult): Tried | null {
  const envelope = envelopeOf(result);
  if (!envelope) return null;
  const refused = !envelope.ok && REFUSAL_CODES.includes(envelope.error?.code ?? "");
  return {
    cell: refused ? "✗" : "✓",
    result,
    data: envelope.data,
    message: envelope.error?.message ?? "",
  };
}

function fromRun(result: RunResult, refusedAlert: boolean): Tried {
  const enveloped = fromEnvelope(result);
  if (enveloped) return enveloped;
  if (!result.ok) {
    const refused =
      ACCESS_ERRORS.includes(result.error?.name ?? "") ||
      NOT_A_FUNCTION.test(result.error?.message ?? "");
    return {
      cell: refused ? "✗" : "✓",
      result,
      data: result.value,
      message: result.error?.message ?? "",
    };
  }
  return { cell: refusedAlert ? "✗" : "✓", result, data: result.value, message: "" };
}

/** Sheets-side rows open in the person's own sheet (the hub for its owner); Docs-side in a doc. */
const DOCS_ROWS = new Set([
  "getMyConference",
  "chooseMyPurposes",
  "tickMyRehearsal",
  "writeMyReflection",
  "addMyQuestion",
  "addMyArtifact",
  "writeConferencePlan",
  "markConferenceHeld",
  "listMyDriveFiles",
  "saveConferenceNotes",
  "draftMyFamilyUpdate",
  "askForExtraConference",
  "requestMyExtraConference",
  "getPullInfo",
  "showMyConferenceSidebar",
]);

/** A dialog that refuses says so in its title. */
const REFUSAL_TITLE = /: not allowed: /;

export function tryAt(
  hub: MatrixHub,
  door: Door,
  persona: Persona,
  fn: string,
  args: readonly unknown[],
): Tried {
  const email = EMAILS[persona];
  const owner = hub.coordinator;
  switch (door) {
    case "addon": {
      if (email === "") return { cell: "·", result: null, data: undefined, message: "" };
      const containerId = DOCS_ROWS.has(fn) ? hub.docOf[persona] : hub.sheetOf[persona];
      const before = alertsOf(hub, persona, containerId).length;
      const result = run(hub.ws, { fn, args, as: email, containerId, kind: "sidebar" });
      const alerts = alertsOf(hub, persona, containerId)
        .slice(before)
        .map((a) => JSON.stringify(a));
      const tried = fromRun(
        result,
        alerts.some((a) => REFUSAL_TITLE.test(a)),
      );
      return alerts.length > 0 && tried.cell === "✗"
        ? { ...tried, message: alerts.join(" ") }
        : tried;
    }
    case "page": {
      const visitor = persona === "outsider" ? "" : email;
      return fromRun(
        run(hub.ws, { fn, args, as: owner, activeUser: visitor, kind: "webapp" }),
        false,
      );
    }
    case "web": {
      const caller = persona === "outsider" ? "" : email;
      if (fn === "doGet" || fn === "doPost") {
        const result = run(hub.ws, { fn, args, as: owner, activeUser: caller, kind: "webapp" });
        return fromRun(result, false);
      }
      const body = JSON.stringify({ action: fn, args });
      const event = {
        parameter: {},
        postData: { contents: body, type: "application/json", length: body.length },
      };
      const result = run(hub.ws, {
        fn: "doPost",
        args: [event],
        as: owner,
        activeUser: caller,
        kind: "webapp",
      });
      const tried = fromEnvelope(result);
      if (!tried) throw new Error(`doPost failed: ${result.error?.message}`);
      return tried;
    }
    case "trigger":
      return { cell: "·", result: null, data: undefined, message: "" };
  }
}

/** A trigger of the hub owner's that calls `handler`, fired as Google fires it. */
export function fireTrigger(hub: MatrixHub, handler: string): Tried {
  const at = hub.ws.now() + 60_000;
  const row = hub.ws.triggers.add({
    owner: hub.coordinator,
    handler,
    repeat: "every",
    everyMs: 86_400_000,
    nextRunMs: at,
  });
  const fired = runDueTriggers(hub.ws, at).filter((r) => r.report.fn === handler);
  hub.ws.triggers.remove(row.id);
  return fromRun(fired[fired.length - 1]!, false);
}

export { toConferCsv };

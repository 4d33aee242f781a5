/*
 * The Publish slots form: conference days (dates, a day's start and end, breaks) or weekly office
 * hours (weekdays between two dates). The server checks every field and names the one that is
 * wrong; the form marks that field and keeps what was typed.
 */
import { counted } from "../../domain/plural";
import type { PublishResult } from "../../server/schedule/publish";
import type { ScheduleView } from "../../server/schedule/view";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { fillSelect } from "../shared/elements";
import { callServer } from "../shared/server";

type Kind = "conference" | "office-hours";

const LENGTHS: Record<Kind, { low: number; high: number; usual: number }> = {
  conference: { low: 15, high: 45, usual: 20 },
  "office-hours": { low: 5, high: 10, usual: 10 },
};

/** Which input each field named in a server message belongs to. */
const FIELD_INPUTS: readonly [RegExp, string][] = [
  [/^Round\b/, "publish-round"],
  [/^Days?\b/, "publish-days"],
  [/^Weekdays?\b/, "weekday-1"],
  [/^From\b/, "publish-from"],
  [/^To\b/, "publish-to"],
  [/^Start time\b/, "publish-start"],
  [/^End time\b/, "publish-end"],
  [/^Slot length\b/, "publish-minutes"],
  [/^Breaks?\b/, "publish-breaks"],
  [/^Break (start|end)\b/, "publish-breaks"],
  [/^Location\b/, "publish-location"],
  [/^Host email\b/, "publish-host"],
];

class FormProblem extends Error {
  constructor(
    readonly inputId: string,
    message: string,
  ) {
    super(message);
  }
}

function kind(): Kind {
  return byId<HTMLInputElement>("kind-office-hours").checked ? "office-hours" : "conference";
}

function value(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

function showKind(): void {
  const chosen = kind();
  show("conference-fields", chosen === "conference");
  show("breaks-field", chosen === "conference");
  show("office-fields", chosen === "office-hours");
  const { low, high, usual } = LENGTHS[chosen];
  const minutes = byId<HTMLInputElement>("publish-minutes");
  minutes.min = String(low);
  minutes.max = String(high);
  const current = Number(minutes.value);
  if (!(current >= low && current <= high)) minutes.value = String(usual);
  setText("minutes-hint", `(${low} to ${high})`);
}

function addDay(): void {
  const picked = value("publish-day-picker");
  if (picked === "") return;
  const days = byId<HTMLInputElement>("publish-days");
  const list = days.value
    .split(/[\s,;]+/)
    .map((day) => day.trim())
    .filter((day) => day !== "");
  if (!list.includes(picked)) list.push(picked);
  days.value = list.sort().join(", ");
  byId<HTMLInputElement>("publish-day-picker").value = "";
}

/** "10:00-10:15, 12:00–12:30" as a list of breaks; the server checks the times themselves. */
function breaks(text: string): { start: string; end: string }[] {
  return text
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const parts = item.split(/\s*(?:-|–|—|to)\s*/);
      if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
        throw new FormProblem(
          "publish-breaks",
          `Breaks: “${item}” is not a start and an end; write it like 10:00-10:15.`,
        );
      }
      return { start: parts[0]!, end: parts[1]! };
    });
}

function required(id: string, what: string): string {
  const text = value(id);
  if (text === "") throw new FormProblem(id, `${what}: please fill this in.`);
  return text;
}

function request(): Record<string, unknown> {
  const chosen = kind();
  const host = byId<HTMLSelectElement>("publish-host").value;
  const common = {
    kind: chosen,
    round: required("publish-round", "Round name"),
    ...(host !== "" ? { hostEmail: host } : {}),
    startTime: required("publish-start", "Start time"),
    endTime: required("publish-end", "End time"),
    minutes: required("publish-minutes", "Minutes per slot"),
    location: value("publish-location"),
  };
  if (chosen === "conference") {
    const days = required("publish-days", "Days")
      .split(/[\s,;]+/)
      .filter((day) => day !== "");
    return { ...common, days, breaks: breaks(value("publish-breaks")) };
  }
  const weekdays = [1, 2, 3, 4, 5].filter(
    (day) => byId<HTMLInputElement>(`weekday-${day}`).checked,
  );
  if (weekdays.length === 0) {
    throw new FormProblem("weekday-1", "Weekdays: tick at least one day of the week.");
  }
  return {
    ...common,
    weekdays,
    from: required("publish-from", "From date"),
    to: required("publish-to", "To date"),
  };
}

function clearMarks(): void {
  for (const field of document.querySelectorAll("#publish-form .field.invalid")) {
    field.classList.remove("invalid");
  }
}

function markField(inputId: string): void {
  const input = document.getElementById(inputId);
  input?.closest(".field")?.classList.add("invalid");
  input?.focus();
}

function inputForMessage(message: string): string | undefined {
  const text = message.replace(/^[A-Za-z]*Error:\s*/, "");
  return FIELD_INPUTS.find(([pattern]) => pattern.test(text))?.[1];
}

function showResult(result: PublishResult): void {
  const parts: string[] = [];
  if (result.added > 0) {
    const span =
      result.first === result.last ? result.first : `from ${result.first} to ${result.last}`;
    parts.push(`Published ${result.added} new slot${result.added === 1 ? "" : "s"}, ${span}.`);
  } else {
    parts.push("No new slots were published.");
  }
  if (result.unchanged > 0) {
    parts.push(
      `${result.unchanged} slot${result.unchanged === 1 ? " was" : "s were"} already published and left as ${result.unchanged === 1 ? "it was" : "they were"}.`,
    );
  }
  setText("publish-result", parts.join(" "));
  show("publish-result", true);
  const skipped = result.skipped.reduce((sum, run) => sum + run.count, 0);
  setText("publish-skipped-title", `${counted(skipped, "time")} not published:`);
  fillList(
    "publish-skipped",
    result.skipped.map(
      (run) => `${run.when}: ${run.count > 1 ? `${run.count} times, ` : ""}${run.reason}`,
    ),
  );
  show("publish-skipped-box", result.skipped.length > 0);
}

async function publish(event: Event, onPublished: (round: string) => Promise<void>) {
  event.preventDefault();
  for (const id of ["publish-result", "publish-skipped-box", "publish-error"]) show(id, false);
  clearMarks();
  let body: Record<string, unknown>;
  try {
    body = request();
  } catch (error) {
    showError("publish-error", error);
    if (error instanceof FormProblem) markField(error.inputId);
    return;
  }
  const button = byId<HTMLButtonElement>("publish");
  button.disabled = true;
  button.textContent = "Publishing…";
  try {
    const result = await callServer("publishSlots", body);
    showResult(result);
    await onPublished(String(body.round));
  } catch (error) {
    const message = errorMessage(error);
    showError("publish-error", message);
    const inputId = inputForMessage(message);
    if (inputId) markField(inputId);
  } finally {
    button.disabled = false;
    button.textContent = "Publish slots";
  }
}

/** Fills the form's choices from the schedule: the hosts a coordinator may publish for, the rounds. */
export function updatePublishChoices(view: ScheduleView, me: string): void {
  fillSelect(byId<HTMLSelectElement>("publish-host"), [
    { value: "", label: `Me${me ? ` (${me})` : ""}` },
    ...view.hosts
      .filter((host) => host.email !== me)
      .map((host) => ({ value: host.email, label: host.name || host.email })),
  ]);
  show("publish-host-field", view.coordinator);
  const names = byId("round-names");
  const open = view.openRounds.map((round) => round.name);
  names.replaceChildren(
    ...[...open, ...view.rounds.filter((round) => !open.includes(round))].map((round) => {
      const option = document.createElement("option");
      option.value = round;
      return option;
    }),
  );
  const input = byId<HTMLInputElement>("publish-round");
  if (input.value === "" && open[0]) input.value = open[0];
}

export function setUpPublishForm(onPublished: (round: string) => Promise<void>): void {
  for (const id of ["kind-conference", "kind-office-hours"]) {
    byId(id).addEventListener("change", showKind);
  }
  byId("publish-add-day").addEventListener("click", addDay);
  byId("publish-form").addEventListener("submit", (event) => void publish(event, onPublished));
  showKind();
}

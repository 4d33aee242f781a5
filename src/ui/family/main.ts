/*
 * The family sign-up page, opened from a family's personal link with no Google sign-in. The link's
 * token comes in through the page's template (escaped, in a data attribute); every visible word
 * comes translated from the server, in the family's language. Times show in the browser's time
 * zone. Booking, moving and cancelling each return the whole page again, with a message. A link
 * with no changes left offers no buttons, and says whom to ask; an open "Cancel this booking?"
 * question holds every other button until it is answered.
 */
import type {
  FamilyPage,
  FamilySlotView,
  FamilyStrings,
} from "../../server/schedule/family-signup";
import { errorMessage } from "../shared/dom";
import { el } from "../shared/elements";
import { callServer } from "../shared/server";

type Student = FamilyPage["students"][number];
type Action = { kind: "book" | "cancel"; studentId: string; slotId: string; label: string };

const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;
/** Words the server may add to the page's strings; until then the page does without them. */
type OptionalStrings = Partial<Record<"tryAgain" | "keep", string>>;

let page: FamilyPage | null = null;
let busy = false;
let confirming = "";

function find<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element as T;
}

function token(): string {
  return find("signup-token").dataset.token ?? "";
}

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

function extra(strings: FamilyStrings): OptionalStrings {
  return strings as FamilyStrings & OptionalStrings;
}

function setShown(id: string, text: string): void {
  const element = find(id);
  element.textContent = text;
  element.hidden = text === "";
}

function whenAndWhere(slot: FamilySlotView): HTMLElement[] {
  return [
    el("span", { className: "when", text: slot.when }),
    ...(slot.location ? [el("span", { className: "where", text: slot.location })] : []),
  ];
}

/** Closes the "Cancel this booking?" question, back to the Cancel button it came from. */
function closeQuestion(): void {
  const studentId = confirming;
  confirming = "";
  render();
  const section = [...document.querySelectorAll<HTMLElement>("section.student")].find(
    (s) => s.dataset.studentId === studentId,
  );
  section?.querySelector<HTMLElement>(`[data-action="cancel"]`)?.focus();
}

function bookingBlock(student: Student, strings: FamilyStrings): HTMLElement {
  const booking = student.booking;
  if (!booking) return el("p", { className: "not-booked", text: strings.notBooked });
  const block = el(
    "div",
    { className: "booking" },
    el("p", { className: "label", text: strings.booked }),
    ...whenAndWhere(booking),
  );
  const action: Action = {
    kind: "cancel",
    studentId: student.id,
    slotId: booking.slotId,
    label: strings.cancel,
  };
  if (!page || page.changesLeft === 0) return block;
  if (confirming !== student.id) {
    const cancel = el("button", {
      className: "danger",
      text: strings.cancel,
      attrs: { type: "button", "aria-expanded": "false" },
      data: { action: "cancel", slotId: booking.slotId },
    });
    cancel.addEventListener("click", () => {
      confirming = student.id;
      render();
      document.querySelector<HTMLElement>(`[data-action="confirm-cancel"]`)?.focus();
    });
    block.append(cancel);
    return block;
  }
  const yes = el("button", {
    className: "danger confirm",
    text: strings.cancel,
    attrs: { type: "button" },
    data: { action: "confirm-cancel", slotId: booking.slotId },
  });
  yes.addEventListener("click", () => void act(action));
  const back = el("button", {
    text: extra(strings).keep || "Keep this booking",
    attrs: { type: "button" },
    data: { action: "keep" },
  });
  back.addEventListener("click", closeQuestion);
  const row = el("div", { className: "row" }, yes, back);
  const box = el(
    "div",
    { className: "confirm-box", attrs: { role: "group", "aria-labelledby": "confirm-question" } },
    el("p", { id: "confirm-question", text: strings.confirmCancel }),
    row,
  );
  block.append(box);
  return block;
}

function slotList(student: Student, strings: FamilyStrings): HTMLElement {
  if (page?.changesLeft === 0) return el("div");
  if (student.slots.length === 0) {
    return student.booking ? el("div") : el("p", { className: "no-slots", text: strings.noSlots });
  }
  const label = student.booking ? strings.move : strings.book;
  return el(
    "ul",
    { className: "slots" },
    ...student.slots.map((slot) => {
      const choose = el(
        "button",
        {
          className: "slot",
          attrs: { type: "button" },
          data: { action: student.booking ? "move" : "book", slotId: slot.slotId },
        },
        ...whenAndWhere(slot),
        el("span", { className: "do", text: label }),
      );
      choose.addEventListener(
        "click",
        () => void act({ kind: "book", studentId: student.id, slotId: slot.slotId, label }),
      );
      return el("li", {}, choose);
    }),
  );
}

function studentSection(student: Student, strings: FamilyStrings, index: number): HTMLElement {
  const headingId = `student-${index}`;
  return el(
    "section",
    {
      className: "student",
      data: { studentId: student.id },
      attrs: { "aria-labelledby": headingId },
    },
    el("h2", { id: headingId, text: student.name }),
    el("p", { className: "with", text: `${strings.with} ${student.advisorName}` }),
    bookingBlock(student, strings),
    slotList(student, strings),
  );
}

/** What the link may still do: nothing more (and whom to ask instead), or one last change. */
function changesNotice(current: FamilyPage): HTMLElement[] {
  const { strings } = current;
  if (current.changesLeft === 0) {
    return [
      el(
        "div",
        { className: "changes none", id: "changes", attrs: { role: "status" } },
        el("p", { className: "changes-title", text: strings.noChangesLeft }),
        el("p", { text: `${strings.contactToChange} ${advisorsOf(current)}` }),
      ),
    ];
  }
  if (current.changesLeft === 1) {
    return [
      el(
        "div",
        { className: "changes one", id: "changes", attrs: { role: "status" } },
        el("p", { className: "changes-title", text: strings.oneChangeLeft }),
      ),
    ];
  }
  return [];
}

/** The link's students' advisors, each named once: "Ms Ada Lee (ada@school.test)". */
function advisorsOf(current: FamilyPage): string {
  const named = current.students.map((student) =>
    student.advisorEmail && student.advisorName !== student.advisorEmail
      ? `${student.advisorName} (${student.advisorEmail})`
      : student.advisorName || student.advisorEmail,
  );
  const school = current.schoolName ? [current.schoolName] : [];
  return [...new Set([...named.filter((name) => name !== ""), ...school])].join(", ");
}

function render(): void {
  if (!page) return;
  const { strings } = page;
  document.documentElement.lang = page.language || "en";
  document.documentElement.dir = RTL.test(page.language) ? "rtl" : "ltr";
  document.title = page.schoolName ? `${strings.title} · ${page.schoolName}` : strings.title;
  setShown("school", page.schoolName);
  setShown("title", strings.title);
  setShown("intro", strings.intro);
  setShown("zone", `${strings.timesIn} ${page.timeZone.replace(/_/g, " ")}`);
  find("students").replaceChildren(
    ...changesNotice(page),
    ...page.students.map((student, i) => studentSection(student, strings, i)),
  );
  holdButtons();
}

/** While busy, no button acts; while a question is open, only its own answers do. */
function holdButtons(): void {
  for (const control of document.querySelectorAll<HTMLButtonElement>("main button")) {
    const held = confirming !== "" && control.closest(".confirm-box") === null;
    control.disabled = busy || held;
  }
}

function setBusy(value: boolean): void {
  busy = value;
  find("page").setAttribute("aria-busy", String(value));
  holdButtons();
}

/** Busy, too many at once, or the network: worth another try as it is. */
function worthRetrying(message: string): boolean {
  if (page && message === page.strings.busy) return true;
  return /simultaneous|try again|network|timed? ?out|busy/i.test(message);
}

function showAlert(message: string, retry: Action | "load" | null): void {
  const text =
    page && !message.startsWith(page.strings.failed)
      ? `${page.strings.failed} ${message}`
      : message;
  find("alert-text").textContent = text;
  const again = find<HTMLButtonElement>("retry");
  again.hidden = retry === null;
  if (retry !== null) {
    const strings = page?.strings;
    again.textContent =
      (strings && extra(strings).tryAgain) || (retry === "load" ? "Try again" : retry.label);
    again.onclick = () => {
      find("alert").hidden = true;
      if (retry === "load") void load();
      else void act(retry);
    };
  }
  find("alert").hidden = false;
  find("alert").focus();
}

function showMessage(text: string): void {
  setShown("message", text);
  if (text !== "") find("message").focus();
}

async function act(action: Action): Promise<void> {
  if (busy || (confirming !== "" && action.kind !== "cancel")) return;
  find("alert").hidden = true;
  showMessage("");
  confirming = "";
  setBusy(true);
  const zone = browserTimeZone();
  try {
    page =
      action.kind === "book"
        ? await callServer("bookFamilySlot", token(), action.studentId, action.slotId, zone)
        : await callServer("cancelFamilyBooking", token(), action.studentId, action.slotId, zone);
    busy = false;
    render();
    showMessage(page.message);
  } catch (error) {
    const message = errorMessage(error);
    const retry = worthRetrying(message);
    if (!retry) {
      try {
        page = await callServer("getFamilySignup", token(), zone);
      } catch {
        // Keep the page as it was: the alert below says what went wrong.
      }
    }
    busy = false;
    render();
    showAlert(message, retry ? action : null);
  } finally {
    setBusy(false);
  }
}

async function load(): Promise<void> {
  find("loading").hidden = false;
  setBusy(true);
  try {
    page = await callServer("getFamilySignup", token(), browserTimeZone());
    busy = false;
    render();
    if (page.message) showMessage(page.message);
  } catch (error) {
    const message = errorMessage(error);
    showAlert(message, worthRetrying(message) ? "load" : null);
  } finally {
    find("loading").hidden = true;
    setBusy(false);
  }
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && confirming !== "" && !busy) closeQuestion();
});
void load();

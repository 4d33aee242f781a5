/* The Settings sidebar: a form over the school's settings, saved only when every field is valid. */
import { byId, errorMessage, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

const FIELDS: readonly { key: string; label: string; hint: string; long?: boolean }[] = [
  { key: "schoolName", label: "School name", hint: "" },
  { key: "term", label: "Term", hint: "For example Fall 2026; it names the docs' folders" },
  { key: "grades", label: "Grades", hint: "Separated by commas: 6, 7, 8" },
  { key: "periods", label: "Class periods", hint: "Separated by commas: 1, 2, 3 …" },
  { key: "timeZone", label: "Time zone", hint: "For example America/New_York" },
  {
    key: "defaultLanguage",
    label: "Default language",
    hint: "For guardians with none on record: en, es, fr …",
  },
  { key: "conferenceStart", label: "Conference window start", hint: "YYYY-MM-DD" },
  { key: "conferenceEnd", label: "Conference window end", hint: "YYYY-MM-DD" },
  { key: "slotMinutes", label: "Slot lengths (minutes)", hint: "Separated by commas: 15, 30" },
  {
    key: "templateDocId",
    label: "Template doc ID",
    hint: "Leave as is to use Confer's 4Ps template",
  },
  {
    key: "studentsEmailFamilies",
    label: "Students may email their families",
    hint: "yes or no: does your school let student accounts email outside the school?",
  },
  {
    key: "webAppUrl",
    label: "Staff web app URL",
    hint: "The staff web app's /exec URL (README, Deploy); teachers' sidebars reach the hub through it",
  },
  {
    key: "familySignupUrl",
    label: "Family sign-up URL",
    hint: "The family sign-up web app's /exec URL (README, Deploy)",
  },
  {
    key: "scheduleNotices",
    label: "Schedule notices",
    hint: "draft: Confer drafts confirmations and reminders for you to send; send: Confer sends them",
  },
  { key: "reminderHours", label: "Reminder hours before a conference", hint: "1 to 168" },
  {
    key: "officeHoursPerStudent",
    label: "Office hours per student each semester",
    hint: "Students with fewer are listed as not yet booked",
  },
  { key: "signupLinkDays", label: "Sign-up links last (days)", hint: "1 to 365" },
  {
    key: "guardianEmailSubject",
    label: "Guardian email subject",
    hint: "Placeholders: {{student_name}}, {{term}}",
  },
  {
    key: "guardianEmailTemplate",
    label: "Guardian email template",
    hint: "Placeholders: {{guardian_names}}, {{student_name}}, {{goal}}, {{next_steps}}, {{teacher_support}}, {{advisor_name}}, {{term}}",
    long: true,
  },
];

function renderFields(values: Record<string, string>): void {
  const container = byId("fields");
  container.replaceChildren(
    ...FIELDS.map((field) => {
      const wrapper = document.createElement("div");
      wrapper.className = "field";
      wrapper.id = `field-${field.key}`;
      const label = document.createElement("label");
      label.htmlFor = `input-${field.key}`;
      label.textContent = field.label;
      if (field.hint) {
        const hint = document.createElement("span");
        hint.className = "hint";
        hint.textContent = ` (${field.hint})`;
        label.append(hint);
      }
      const input = document.createElement(field.long ? "textarea" : "input");
      if (input instanceof HTMLInputElement) input.type = "text";
      input.id = `input-${field.key}`;
      input.name = field.key;
      input.value = values[field.key] ?? "";
      const problem = document.createElement("div");
      problem.className = "problem";
      problem.id = `problem-${field.key}`;
      wrapper.append(label, input, problem);
      return wrapper;
    }),
  );
}

function formValues(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    values[field.key] = byId<HTMLInputElement>(`input-${field.key}`).value;
  }
  return values;
}

function clearProblems(): void {
  for (const field of FIELDS) {
    byId(`field-${field.key}`).classList.remove("invalid");
    byId(`problem-${field.key}`).textContent = "";
  }
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  const button = byId<HTMLButtonElement>("save");
  button.disabled = true;
  show("saved", false);
  show("error", false);
  clearProblems();
  try {
    const result = await callServer("saveSettings", formValues());
    if (result.saved) {
      show("saved", true);
    } else {
      for (const problem of result.problems) {
        byId(`field-${problem.field}`).classList.add("invalid");
        byId(`problem-${problem.field}`).textContent = problem.message;
      }
      showError("error", new Error("Nothing was saved: fix the fields marked in red."));
    }
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
  }
}

callServer("getSettings")
  .then((view) => {
    renderFields(view.settings);
    byId<HTMLButtonElement>("save").disabled = false;
    byId("form").addEventListener("submit", (event) => void save(event));
  })
  .catch((error) => {
    byId("fields").replaceChildren();
    showError("error", error);
  });

/* The Settings sidebar: a form over the school's settings, saved only when every field is valid. */
import { byId, errorMessage, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

interface Field {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly long?: boolean;
  readonly choices?: readonly string[];
  readonly date?: boolean;
}

const FIELDS: readonly Field[] = [
  { key: "schoolName", label: "School name", hint: "Required: families see it on their page" },
  { key: "term", label: "Term", hint: "For example Fall 2026; it names the docs' folders" },
  { key: "grades", label: "Grades", hint: "Separated by commas: 6, 7, 8" },
  { key: "periods", label: "Class periods", hint: "Separated by commas: 1, 2, 3 …" },
  { key: "timeZone", label: "Time zone", hint: "For example America/New_York" },
  {
    key: "defaultLanguage",
    label: "Default language",
    hint: "For guardians with none on record: en, es, fr …",
  },
  {
    key: "conferenceStart",
    label: "Conference window start",
    hint: "Conference slots can be published from this day",
    date: true,
  },
  {
    key: "conferenceEnd",
    label: "Conference window end",
    hint: "to this day; leave both empty for no window",
    date: true,
  },
  { key: "slotMinutes", label: "Slot lengths (minutes)", hint: "Separated by commas: 15, 30" },
  {
    key: "templateDocId",
    label: "Template doc ID",
    hint: "Leave as is to use Confer's 4Ps template",
  },
  {
    key: "studentsEmailFamilies",
    label: "Students may email their families",
    hint: "Does your school let student accounts email outside the school?",
    choices: ["no", "yes"],
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
    choices: ["draft", "send"],
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A choice is a select; a date a date picker, unless it holds text a picker would drop. */
function inputFor(
  field: Field,
  value: string,
): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  if (field.choices) {
    const select = document.createElement("select");
    const choices = field.choices.includes(value) ? field.choices : [value, ...field.choices];
    select.append(
      ...choices.map((choice) => {
        const option = document.createElement("option");
        option.value = choice;
        option.textContent = choice;
        return option;
      }),
    );
    select.value = value;
    return select;
  }
  if (field.long) {
    const area = document.createElement("textarea");
    area.value = value;
    return area;
  }
  const input = document.createElement("input");
  input.type = field.date && (value === "" || ISO_DATE.test(value)) ? "date" : "text";
  input.value = value;
  return input;
}

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
      const input = inputFor(field, values[field.key] ?? "");
      input.id = `input-${field.key}`;
      input.name = field.key;
      input.setAttribute("aria-describedby", `problem-${field.key}`);
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
    byId(`input-${field.key}`).removeAttribute("aria-invalid");
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
      const marked: string[] = [];
      for (const problem of result.problems) {
        byId(`field-${problem.field}`).classList.add("invalid");
        byId(`input-${problem.field}`).setAttribute("aria-invalid", "true");
        const line = document.createElement("div");
        line.textContent = problem.message;
        byId(`problem-${problem.field}`).append(line);
        const label = FIELDS.find((field) => field.key === problem.field)?.label ?? problem.field;
        if (!marked.includes(label)) marked.push(label);
      }
      showError(
        "error",
        new Error(`Nothing was saved. Fix the fields marked in red: ${marked.join(", ")}.`),
      );
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

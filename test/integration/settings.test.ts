/*
 * Settings on the built bundle: the server reads every field strictly and saves nothing while any
 * is bad, naming each; a new hub's school name waits for the coordinator instead of taking the
 * spreadsheet's title.
 */
import { sheetToCsv } from "../../emulator";
import { type DemoHub, demoHub, readyHub, runIn } from "./harness";

type Refused = { saved: false; problems: { field: string; message: string }[] };

function settingsTab(hub: DemoHub): string {
  return sheetToCsv(hub.ws, hub.hubId, "Settings");
}

describe("saving Settings", () => {
  it("refuses impossible dates, a bad choice, a non-number and a bad slot length, saving nothing", () => {
    const hub = readyHub();
    const before = settingsTab(hub);
    const result = runIn(hub, "saveSettings", hub.coordinator, {
      conferenceStart: "2026-13-01",
      conferenceEnd: "2027-02-30",
      studentsEmailFamilies: "maybe",
      scheduleNotices: "email",
      reminderHours: "abc",
      slotMinutes: "15, twenty",
    }).value as Refused;
    expect(result.saved).toBe(false);
    expect(result.problems).toEqual([
      {
        field: "conferenceStart",
        message: "Conference window start “2026-13-01”: is not a real date.",
      },
      {
        field: "conferenceEnd",
        message: "Conference window end “2027-02-30”: is not a real date.",
      },
      {
        field: "slotMinutes",
        message:
          "Slot lengths (minutes) “twenty”: must be a whole number of minutes from 5 to 120.",
      },
      {
        field: "studentsEmailFamilies",
        message: "Students may email their families “maybe”: must be yes or no.",
      },
      {
        field: "scheduleNotices",
        message: "Schedule notices (draft or send) “email”: must be draft or send.",
      },
      {
        field: "reminderHours",
        message: "Reminder hours before a conference “abc”: must be a whole number from 1 to 168.",
      },
    ]);
    expect(settingsTab(hub)).toBe(before);
  });

  it("refuses a window that ends before it starts, and saves a good one", () => {
    const hub = readyHub();
    const backwards = runIn(hub, "saveSettings", hub.coordinator, {
      conferenceStart: "2026-12-18",
      conferenceEnd: "2026-12-07",
    }).value as Refused;
    expect(backwards.problems.map((problem) => problem.message)).toEqual([
      "Conference window end “2026-12-07”: is before the window's start.",
    ]);
    const saved = runIn(hub, "saveSettings", hub.coordinator, {
      conferenceStart: "2026-12-07",
      conferenceEnd: "2026-12-18",
      studentsEmailFamilies: "yes",
    }).value as { saved: boolean };
    expect(saved.saved).toBe(true);
    expect(settingsTab(hub)).toContain("Conference window start,2026-12-07");
    expect(settingsTab(hub)).toContain("Students may email their families,yes");
  });
});

describe("a new hub's school name", () => {
  it("is left for the coordinator to give, not taken from the spreadsheet's title", () => {
    const hub = demoHub();
    runIn(hub, "setUpHub", hub.coordinator);
    const alert = hub.ws.ui.of(hub.coordinator, "Sheets", hub.hubId).alerts.at(-1) ?? "";
    expect(alert).toContain("Confer ▸ Settings… asks for the school's name");
    const view = runIn(hub, "getSettings", hub.coordinator).value as {
      settings: Record<string, string>;
    };
    expect(view.settings.schoolName).toBe("");
    expect(settingsTab(hub)).not.toContain("Confer hub");
    const unnamed = runIn(hub, "saveSettings", hub.coordinator, { term: "Fall 2026" })
      .value as Refused;
    expect(unnamed.problems.map((problem) => problem.message)).toEqual([
      "School name: is required.",
    ]);
  });
});

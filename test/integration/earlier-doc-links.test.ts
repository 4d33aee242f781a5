/*
 * The spring docs' history on the built bundle, where Confer works out its place: each earlier
 * doc's line is a link to that doc, in a template that lacks the Looking back sections (they are
 * appended to each copy) and in a run cut off and finished by its hourly trigger.
 */
import { type DriveFile, run, runDueTriggers } from "../../emulator";
import { DEFAULT_TEMPLATE_NAME } from "../../src/domain/conference-docs/default-template";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { editDoc, linksIn, readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";
import { FALL_2026, SPRING_2027 } from "./round-forms";

const docsOf = (hub: DemoHub, round: string): DriveFile[] =>
  hub.ws.drive
    .all()
    .filter((f) => f.appProperties.conferStudentId !== undefined && f.name.endsWith(` · ${round}`));

const urlOf = (file: DriveFile) => `https://docs.google.com/document/d/${file.id}/edit`;

function createDocs(hub: DemoHub) {
  return runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
}

function fallThenSpring(hub: DemoHub, beforeSpring: () => void = () => {}) {
  runIn(hub, "openRound", hub.coordinator, FALL_2026);
  createDocs(hub);
  runIn(hub, "closeRound", hub.coordinator, FALL_2026.name);
  hub.ws.triggers.advanceTo(Date.UTC(2027, 2, 2, 15));
  runIn(hub, "openRound", hub.coordinator, SPRING_2027);
  beforeSpring();
}

function expectFallLinked(hub: DemoHub, students = hub.school.students) {
  const fall = new Map(
    docsOf(hub, FALL_2026.name).map((f) => [f.appProperties.conferStudentId, f]),
  );
  const spring = docsOf(hub, SPRING_2027.name);
  expect(spring).toHaveLength(students.length);
  for (const doc of spring) {
    const student = hub.school.students.find((s) => s.id === doc.appProperties.conferStudentId)!;
    const url = urlOf(fall.get(student.id)!);
    expect(linksIn(hub.ws, student.email, doc.id)).toEqual([
      { text: `${FALL_2026.name}: ${url}`, url },
    ]);
  }
}

describe("Earlier docs as links", () => {
  it("links the fall doc in a copy of a template that lacks the Looking back sections", () => {
    const hub = readyHub();
    const template = hub.ws.drive.all().find((f) => f.name === DEFAULT_TEMPLATE_NAME)!;
    const dropped = editDoc(hub.ws, hub.coordinator, template.id, [
      { deleteNamedRange: { name: SECTIONS.lastTime } },
      { deleteNamedRange: { name: SECTIONS.earlierDocs } },
    ]);
    expect(dropped.status).toBe(200);
    fallThenSpring(hub, () => createDocs(hub));
    expectFallLinked(hub);
    const student = hub.school.students[0]!;
    const mine = docsOf(hub, SPRING_2027.name).find(
      (f) => f.appProperties.conferStudentId === student.id,
    )!;
    const text = readDoc(hub.ws, student.email, mine.id).text;
    expect(text).toContain(`My earlier conference docs\n${FALL_2026.name}: https://`);
  });

  it("links the fall doc in every copy of a spring run cut off and finished by its trigger", () => {
    const hub = readyHub();
    const advisorEmail = hub.school.students[0]!.advisorEmail;
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisorEmail);
    fallThenSpring(hub, () => {
      hub.ws.latency.set("Drive.files.copy", 400_000);
      const cut = run(hub.ws, {
        fn: "createConferenceDocs",
        args: [{ kind: "advisor", advisorEmail }],
        as: hub.coordinator,
        containerId: hub.hubId,
        kind: "sidebar",
      });
      expect(cut.error?.message).toMatch(/Exceeded maximum execution time/);
      const unlinked = docsOf(hub, SPRING_2027.name).filter(
        (doc) => linksIn(hub.ws, hub.coordinator, doc.id).length === 0,
      );
      expect(unlinked.length).toBeGreaterThan(0);
      hub.ws.latency.set("Drive.files.copy", 1_500);
      // The clock jumped from fall to spring: the hourly trigger fires next now, not once per missed hour.
      for (const trigger of hub.ws.triggers.of(hub.coordinator)) trigger.nextRunMs = hub.ws.now();
      const fired = runDueTriggers(hub.ws, hub.ws.now() + 30 * 60_000);
      expect(fired.map((r) => [r.report.fn, r.ok])).toEqual([["runBackgroundWork", true]]);
    });
    expectFallLinked(hub, advisees);
  });
});

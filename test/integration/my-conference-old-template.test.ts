/*
 * My conference on docs made from an older template, one without the "How I am doing" and
 * "Rehearsal checklist" sections: opening My conference adds them at the end of Preparation,
 * once, leaving what the student wrote alone; a doc whose layout Confer cannot find is left
 * as it is, and the sidebar says what is missing.
 */
import { rest, run } from "../../emulator";
import { DEFAULT_TEMPLATE_NAME } from "../../src/domain/conference-docs/default-template";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { type DocJson, rangesOf, sectionContent } from "../../src/domain/doc/doc-json";
import { editDoc, typeAtEndOfSection } from "./doc-access";
import { readyHub, runIn } from "./harness";

interface View {
  reflection: { area: string; text: string }[];
  rehearsal: { label: string; ticked: boolean }[];
  questions: string[];
  layoutNotice: string;
}

const hub = readyHub();
const template = hub.ws.drive.all().find((f) => f.name === DEFAULT_TEMPLATE_NAME)!;

function getDoc(id: string, as = hub.coordinator): DocJson & { body: { content: Element[] } } {
  return rest(hub.ws, as, "GET", `https://docs.googleapis.com/v1/documents/${id}`).json();
}
type Element = NonNullable<NonNullable<DocJson["body"]>["content"]>[number];

/** Removes the two sections from the template, as the older template never had them. */
function makeTemplateOld(): void {
  const doc = getDoc(template.id);
  const from = rangesOf(doc, SECTIONS.reflection)[0]!.start;
  const to = rangesOf(doc, SECTIONS.rehearsal).at(-1)!.end;
  const paragraphs = doc.body.content.filter(
    (el) => el.paragraph && (el.startIndex ?? 0) < to && (el.endIndex ?? 0) > from,
  );
  const reply = editDoc(hub.ws, hub.coordinator, template.id, [
    { deleteNamedRange: { name: SECTIONS.reflection } },
    { deleteNamedRange: { name: SECTIONS.rehearsal } },
    {
      deleteContentRange: {
        range: { startIndex: paragraphs[0]!.startIndex, endIndex: paragraphs.at(-1)!.endIndex },
      },
    },
  ]);
  expect(reply.status).toBe(200);
}

makeTemplateOld();
runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
const docOf = (email: string) =>
  hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(email))!.id;

function view(docId: string, as: string, fn: string, ...args: unknown[]): View {
  const result = run(hub.ws, { fn, args, as, containerId: docId, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} as ${as}: ${result.error?.message}`);
  return result.value as View;
}

const textOf = (el: Element) =>
  (el.paragraph?.elements ?? []).map((run) => run.textRun?.content ?? "").join("");

describe("My conference on a doc from an older template", () => {
  const student = hub.school.students[5]!;
  const docId = docOf(student.email);

  it("starts without the reflection and rehearsal sections", () => {
    const doc = getDoc(docId);
    expect(rangesOf(doc, SECTIONS.reflection)).toEqual([]);
    expect(rangesOf(doc, SECTIONS.rehearsal)).toEqual([]);
  });

  it("adds both sections at the end of Preparation on opening, keeping the student's writing", () => {
    typeAtEndOfSection(hub.ws, student.email, docId, SECTIONS.questions, "\nWhy do leaves fall?");
    const before = getDoc(docId);
    const opened = view(docId, student.email, "getMyConference");
    expect(opened.layoutNotice).toBe("");
    expect(opened.questions).toContain("Why do leaves fall?");
    expect(opened.reflection).toEqual([
      { area: "Academically", text: "" },
      { area: "Socially", text: "" },
      { area: "Emotionally", text: "" },
    ]);
    expect(opened.rehearsal.map((r) => r.label)).toHaveLength(5);
    expect(opened.rehearsal.every((r) => !r.ticked)).toBe(true);

    const doc = getDoc(docId);
    const reflection = sectionContent(doc, SECTIONS.reflection)!.paragraphs;
    expect(reflection[0]).toBe("How I am doing");
    expect(reflection).toContain("Academically: ");
    expect(reflection.at(-1)).toBe("Emotionally: ");
    const rehearsal = sectionContent(doc, SECTIONS.rehearsal)!.paragraphs;
    expect(rehearsal[0]).toBe("Rehearsal checklist");
    expect(rehearsal).toContain("☐ ask at least one question");

    const artifactsEnd = rangesOf(doc, SECTIONS.artifacts).at(-1)!.end;
    const [reflectionRange] = rangesOf(doc, SECTIONS.reflection);
    const [rehearsalRange] = rangesOf(doc, SECTIONS.rehearsal);
    expect(reflectionRange!.start).toBeGreaterThanOrEqual(artifactsEnd);
    expect(rehearsalRange!.start).toBe(reflectionRange!.end);
    const next = doc.body.content.find((el) => el.startIndex === rehearsalRange!.end)!;
    expect(textOf(next)).toBe("3. Teacher comments\n");
    expect(next.paragraph!.paragraphStyle!.namedStyleType).toBe("HEADING_1");
    const style = (start: number) =>
      doc.body.content.find((el) => el.startIndex === start)!.paragraph!.paragraphStyle!
        .namedStyleType;
    expect(style(reflectionRange!.start)).toBe("HEADING_2");
    expect(style(rehearsalRange!.start)).toBe("HEADING_2");
    expect(style(reflectionRange!.start + "How I am doing\n".length)).toBe("NORMAL_TEXT");

    const untouched = (d: DocJson, name: string) => sectionContent(d, name);
    for (const name of [SECTIONS.purpose, SECTIONS.questions, SECTIONS.artifacts, SECTIONS.plan]) {
      expect(untouched(doc, name)).toEqual(untouched(before, name));
    }
  });

  it("adds them once: opening again writes nothing", () => {
    const revision = getDoc(docId).revisionId;
    view(docId, student.email, "getMyConference");
    view(docId, student.advisorEmail, "getMyConference");
    const doc = getDoc(docId);
    expect(doc.revisionId).toBe(revision);
    expect(doc.namedRanges?.[SECTIONS.reflection]?.namedRanges).toHaveLength(1);
    expect(doc.namedRanges?.[SECTIONS.rehearsal]?.namedRanges).toHaveLength(1);
  });

  it("then writes the reflection and ticks the rehearsal checklist in the new sections", () => {
    view(docId, student.email, "writeMyReflection", [
      { area: "Socially", starter: "", text: "I help my group" },
    ]);
    const ticked = view(docId, student.email, "tickMyRehearsal", ["ask at least one question"]);
    expect(ticked.reflection[1]).toEqual({ area: "Socially", text: "I help my group" });
    const doc = getDoc(docId);
    expect(sectionContent(doc, SECTIONS.reflection)!.paragraphs).toContain(
      "Socially: I help my group",
    );
    expect(sectionContent(doc, SECTIONS.rehearsal)!.paragraphs).toContain(
      "☑ ask at least one question",
    );
  });

  it("says what is missing, and changes nothing, when it cannot find where Preparation ends", () => {
    const other = hub.school.students[6]!;
    const otherDoc = docOf(other.email);
    const doc = getDoc(otherDoc);
    const end = doc.body.content.at(-1)!.endIndex!;
    expect(
      editDoc(hub.ws, hub.coordinator, otherDoc, [
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: end },
            paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
            fields: "namedStyleType",
          },
        },
      ]).status,
    ).toBe(200);
    const revision = getDoc(otherDoc).revisionId;
    const opened = view(otherDoc, other.email, "getMyConference");
    expect(opened.layoutNotice).toMatch(/no “How I am doing” or “Rehearsal checklist” section/);
    expect(opened.layoutNotice).toMatch(/cannot find the end of its Preparation part/);
    expect(opened.reflection.map((r) => r.text)).toEqual(["", "", ""]);
    expect(getDoc(otherDoc).revisionId).toBe(revision);
  });
});

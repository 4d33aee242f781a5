/*
 * A docs run over fake Drive/Docs/hub ports: batches, per-student problems, transient stops, and
 * recovery after a run was killed mid-batch, with never a second doc for anyone.
 */
import {
  type CopyRequest,
  DocsRun,
  type DocsRunPorts,
  type InFlight,
  type RunStudent,
} from "../../../src/domain/conference-docs/docs-run";
import { planDocs } from "../../../src/domain/conference-docs/plan";
import type { DocRecord } from "../../../src/domain/conference-docs/records";
import type { Outcome } from "../../../src/domain/outcome";

const students: RunStudent[] = Array.from({ length: 7 }, (_, i) => ({
  id: `S${i + 1}`,
  grade: "6",
  advisorEmail: "advisor@school.test",
  familyName: `Family${i + 1}`,
  givenName: `Given${i + 1}`,
  email: `s${i + 1}@school.test`,
  active: true,
}));

class FakeSchool implements DocsRunPorts<RunStudent> {
  copies: { id: string; studentId: string; name: string; folderId: string }[] = [];
  filled = new Set<string>();
  shares: { docId: string; email: string }[] = [];
  records: DocRecord[] = [];
  inFlight: InFlight | undefined;
  batchesLeft = Number.POSITIVE_INFINITY;
  killAfterCopies = Number.POSITIVE_INFINITY;
  refuseShareWith = "";
  transientOnCopy = -1;
  told: { created: number; remaining: number }[] = [];

  folderFor(student: RunStudent) {
    return `folder-${student.grade}`;
  }
  copyTemplate(requests: readonly CopyRequest[]): Outcome<string>[] {
    return requests.map((request, i) => {
      if (this.copies.length >= this.killAfterCopies)
        throw new Error("Exceeded maximum execution time");
      if (i === this.transientOnCopy)
        return { ok: false, error: "Service unavailable", transient: true };
      const id = `doc-${this.copies.length + 1}`;
      this.copies.push({ id, ...request });
      return { ok: true, value: id };
    });
  }
  findCopies(batch: readonly RunStudent[]) {
    const ids = new Set(batch.map((s) => s.id));
    return new Map(this.copies.filter((c) => ids.has(c.studentId)).map((c) => [c.studentId, c.id]));
  }
  fill(docs: readonly { docId: string }[]): Outcome<true>[] {
    for (const doc of docs) this.filled.add(doc.docId);
    return docs.map(() => ({ ok: true, value: true }));
  }
  share(requests: readonly { docId: string; email: string }[]): Outcome<true>[] {
    return requests.map((request) => {
      if (request.email === this.refuseShareWith)
        return { ok: false, error: "Invalid email", transient: false };
      this.shares.push(request);
      return { ok: true, value: true };
    });
  }
  record(records: readonly DocRecord[]) {
    this.records.push(...records);
  }
  loadInFlight() {
    return this.inFlight;
  }
  saveInFlight(inFlight: InFlight | undefined) {
    this.inFlight = inFlight;
  }
  hasTimeForBatch() {
    return this.batchesLeft-- > 0;
  }
  batchDone(soFar: { created: number; remaining: number }) {
    this.told.push({ created: soFar.created, remaining: soFar.remaining });
  }
  now() {
    return "2026-11-23 09:00";
  }
}

function runOn(school: FakeSchool) {
  const recorded = new Set(school.records.map((r) => r.studentId));
  const plan = planDocs(students, { kind: "all" }, (id) => recorded.has(id));
  return new DocsRun(school, "Fall 2026", 3).run(plan);
}

function docsPerStudent(school: FakeSchool): Map<string, number> {
  const counts = new Map<string, number>();
  for (const copy of school.copies)
    counts.set(copy.studentId, (counts.get(copy.studentId) ?? 0) + 1);
  return counts;
}

describe("DocsRun", () => {
  it("copies, fills, shares with student and advisor, and records every student", () => {
    const school = new FakeSchool();
    const result = runOn(school);
    expect(result).toMatchObject({ created: 7, remaining: 0, problems: [] });
    expect(school.records.map((r) => r.studentId)).toEqual(students.map((s) => s.id));
    expect(school.copies[0]).toMatchObject({
      name: "Family1, Given1 · Fall 2026",
      folderId: "folder-6",
    });
    expect(school.records[0]!.sharedWith).toEqual(["s1@school.test", "advisor@school.test"]);
    expect(school.filled.size).toBe(7);
    expect(school.inFlight).toBeUndefined();
  });

  it("records a classroom doc's host as its teacher, the doc shared with the student alone", () => {
    const school = new FakeSchool();
    const teacher = Object.assign(school, { hostOf: () => "ms.rivera@school.test" });
    const plan = planDocs(students, { kind: "classroom", round: "Q3" }, () => false);
    new DocsRun(teacher, "Q3", 3).run(plan);
    expect(school.records[0]).toMatchObject({
      advisorEmail: "ms.rivera@school.test",
      sharedWith: ["s1@school.test", "ms.rivera@school.test"],
      round: "Q3",
    });
    expect(school.shares.filter((share) => share.docId === "doc-1")).toEqual([
      { docId: "doc-1", email: "s1@school.test" },
    ]);
  });

  it("tells how the run stands after each batch, before the run ends", () => {
    const school = new FakeSchool();
    runOn(school);
    expect(school.told).toEqual([
      { created: 3, remaining: 4 },
      { created: 6, remaining: 1 },
      { created: 7, remaining: 0 },
    ]);
  });

  it("stops when time runs short and finishes on the next run, with one doc each", () => {
    const school = new FakeSchool();
    school.batchesLeft = 1;
    expect(runOn(school)).toMatchObject({ created: 3, remaining: 4 });
    school.batchesLeft = Number.POSITIVE_INFINITY;
    expect(runOn(school)).toMatchObject({ created: 4, skipped: 3, remaining: 0 });
    expect([...docsPerStudent(school).values()]).toEqual(Array(7).fill(1));
  });

  it("recovers the copies of a batch killed mid-way instead of copying again", () => {
    const school = new FakeSchool();
    school.killAfterCopies = 5;
    expect(() => runOn(school)).toThrow("Exceeded maximum execution time");
    expect(school.records).toHaveLength(3);
    expect(school.inFlight?.studentIds).toEqual(["S4", "S5", "S6"]);
    school.killAfterCopies = Number.POSITIVE_INFINITY;
    const result = runOn(school);
    expect(result).toMatchObject({ created: 4, remaining: 0 });
    expect([...docsPerStudent(school).values()]).toEqual(Array(7).fill(1));
    expect(school.records.map((r) => r.studentId).sort()).toEqual(students.map((s) => s.id).sort());
  });

  it("stops cleanly on a temporary Google error and resumes with no second doc", () => {
    const school = new FakeSchool();
    school.transientOnCopy = 1;
    const first = runOn(school);
    expect(first.stoppedBecause).toBe(
      "Google reported a temporary error (at Given2 Family2): Service unavailable",
    );
    school.transientOnCopy = -1;
    runOn(school);
    expect([...docsPerStudent(school).values()]).toEqual(Array(7).fill(1));
    expect(school.records).toHaveLength(7);
  });

  it("lists a sharing refusal for that student and carries on with the others", () => {
    const school = new FakeSchool();
    school.refuseShareWith = "s2@school.test";
    const result = runOn(school);
    expect(result.problems).toEqual([
      {
        studentId: "S2",
        student: "Given2 Family2",
        problem: "its doc could not be shared with s2@school.test: Invalid email",
      },
    ]);
    expect(school.records).toHaveLength(7);
    expect(school.records[1]!.sharedWith).toEqual(["advisor@school.test"]);
  });
});

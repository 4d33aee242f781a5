/*
 * One "Create conference docs" run, as a resumable sequence of batches. Before a batch makes any
 * copy it saves the batch as in flight; a run that was cut off (execution limit, service error)
 * first finds the copies that batch already made, so no student ever gets a second doc.
 * The run speaks to Drive, Docs and the hub only through the ports below.
 */
import type { Outcome } from "../outcome";
import { conferenceDocName, displayName } from "./naming";
import { batches, type DocPlan, type PlannedStudent } from "./plan";
import { type DocRecord, docUrl } from "./records";

export interface RunStudent extends PlannedStudent {
  readonly email: string;
  readonly preferredName?: string;
}

export interface InFlight {
  readonly studentIds: readonly string[];
}

export interface CopyRequest {
  readonly studentId: string;
  readonly name: string;
  readonly folderId: string;
}

export interface ShareRequest {
  readonly docId: string;
  readonly email: string;
}

export interface DocsRunPorts<S extends RunStudent> {
  /** The student's folder, which the doc's host (their advisor, or a classroom's teacher) can edit. */
  folderFor(student: S): string;
  /** Who hosts the student's conference: their advisor unless said otherwise. */
  hostOf?(student: S): string;
  /** Copies the template once per request; outcomes in request order. */
  copyTemplate(requests: readonly CopyRequest[]): Outcome<string>[];
  /** Docs copied for these students by an earlier, interrupted batch, by student ID. */
  findCopies(students: readonly S[]): Map<string, string>;
  fill(docs: readonly { docId: string; student: S }[]): Outcome<true>[];
  share(requests: readonly ShareRequest[]): Outcome<true>[];
  record(records: readonly DocRecord[]): void;
  loadInFlight(): InFlight | undefined;
  saveInFlight(inFlight: InFlight | undefined): void;
  /** True while there is time for one more batch in this execution. */
  hasTimeForBatch(): boolean;
  /** Told after each batch how the run stands, so a person watching sees it move. */
  batchDone?(soFar: DocsRunResult): void;
  now(): string;
}

export interface StudentProblem {
  readonly studentId: string;
  readonly student: string;
  readonly problem: string;
}

export interface DocsRunResult {
  readonly created: number;
  readonly skipped: number;
  readonly remaining: number;
  readonly problems: readonly StudentProblem[];
  /** Why the run stopped before the end, if it did; a later run continues from there. */
  readonly stoppedBecause?: string;
  readonly done: readonly string[];
}

class TransientFailure extends Error {}

/** The student gets the doc itself; the host reaches it through their folder. */
function sharingOf(student: RunStudent): string[] {
  return student.email === "" ? [] : [student.email];
}

export class DocsRun<S extends RunStudent> {
  private readonly problems: StudentProblem[] = [];
  private readonly done: string[] = [];

  constructor(
    private readonly ports: DocsRunPorts<S>,
    private readonly round: string,
    private readonly batchSize: number,
  ) {}

  run(plan: DocPlan<S>): DocsRunResult {
    const inFlight = new Set(this.ports.loadInFlight()?.studentIds ?? []);
    const recovering = plan.toCreate.filter((student) => inFlight.has(student.id));
    const fresh = plan.toCreate.filter((student) => !inFlight.has(student.id));
    const queue = [
      ...(recovering.length > 0 ? [{ students: recovering, recover: true }] : []),
      ...batches(fresh, this.batchSize).map((students) => ({ students, recover: false })),
    ];
    let processed = 0;
    let stoppedBecause: string | undefined;
    for (const batch of queue) {
      if (!this.ports.hasTimeForBatch()) {
        stoppedBecause = "the execution time limit is near";
        break;
      }
      try {
        this.runBatch(batch.students, batch.recover);
        processed += batch.students.length;
        this.ports.batchDone?.(this.result(plan, processed));
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error;
        stoppedBecause = error.message;
        break;
      }
    }
    if (queue.length === 0 && inFlight.size > 0) this.ports.saveInFlight(undefined);
    return { ...this.result(plan, processed), ...(stoppedBecause ? { stoppedBecause } : {}) };
  }

  private result(plan: DocPlan<S>, processed: number): DocsRunResult {
    return {
      created: this.done.length,
      skipped: plan.alreadyDone,
      remaining: plan.toCreate.length - processed,
      problems: [...this.problems],
      done: [...this.done],
    };
  }

  private runBatch(batch: readonly S[], recover: boolean): void {
    const found = recover ? this.ports.findCopies(batch) : new Map<string, string>();
    this.ports.saveInFlight({ studentIds: batch.map((student) => student.id) });

    const toCopy = batch.filter((student) => !found.has(student.id));
    const copies = this.ports.copyTemplate(
      toCopy.map((student) => ({
        studentId: student.id,
        name: conferenceDocName(student, this.round),
        folderId: this.ports.folderFor(student),
      })),
    );
    this.stopOnTransient(copies, toCopy);
    const docs = new Map(found);
    copies.forEach((outcome, i) => {
      const student = toCopy[i]!;
      if (outcome.ok) docs.set(student.id, outcome.value);
      else this.problem(student, `the template could not be copied: ${outcome.error}`);
    });

    const made = batch.filter((student) => docs.has(student.id));
    const filled = this.ports.fill(
      made.map((student) => ({ docId: docs.get(student.id)!, student })),
    );
    this.stopOnTransient(filled, made);
    filled.forEach((outcome, i) => {
      if (!outcome.ok) this.problem(made[i]!, `its doc could not be filled in: ${outcome.error}`);
    });

    const shares = made.flatMap((student) =>
      sharingOf(student).map((email) => ({ student, docId: docs.get(student.id)!, email })),
    );
    const shared = this.ports.share(shares.map(({ docId, email }) => ({ docId, email })));
    this.stopOnTransient(
      shared,
      shares.map((s) => s.student),
    );
    const sharedWith = new Map<string, string[]>();
    shared.forEach((outcome, i) => {
      const { student, email } = shares[i]!;
      if (outcome.ok) sharedWith.set(student.id, [...(sharedWith.get(student.id) ?? []), email]);
      else this.problem(student, `its doc could not be shared with ${email}: ${outcome.error}`);
    });

    this.ports.record(
      made.map((student) => this.recordOf(student, docs.get(student.id)!, sharedWith)),
    );
    this.ports.saveInFlight(undefined);
    this.done.push(...made.map((student) => displayName(student)));
  }

  /** The record's advisor is the doc's host: a classroom doc's is its teacher. */
  private recordOf(student: S, docId: string, sharedWith: Map<string, string[]>): DocRecord {
    const host = this.ports.hostOf?.(student) ?? student.advisorEmail;
    return {
      studentId: student.id,
      studentName: displayName(student),
      grade: student.grade,
      advisorEmail: host,
      docId,
      docUrl: docUrl(docId),
      created: this.ports.now(),
      sharedWith: [...(sharedWith.get(student.id) ?? []), host],
      purpose: "",
      prepared: false,
      held: false,
      planWritten: false,
      guardianUpdateDrafted: false,
      commentsPulled: "",
      updateDrafted: "",
      round: this.round,
    };
  }

  /** A transient failure (quota, 5xx) stops the run with the batch in flight, to resume later. */
  private stopOnTransient(outcomes: readonly Outcome<unknown>[], students: readonly S[]): void {
    const index = outcomes.findIndex((outcome) => !outcome.ok && outcome.transient);
    if (index < 0) return;
    const failed = outcomes[index] as { error: string };
    const who = students[index] ? ` (at ${displayName(students[index])})` : "";
    throw new TransientFailure(`Google reported a temporary error${who}: ${failed.error}`);
  }

  private problem(student: S, problem: string): void {
    this.problems.push({ studentId: student.id, student: displayName(student), problem });
  }
}

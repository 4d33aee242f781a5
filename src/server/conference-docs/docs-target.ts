/*
 * What a docs run is for: the round, the students it may make docs for, the round's docs so far,
 * whose folder each doc goes in and which template it copies. A student-led run's target is the
 * working round's (run.ts); a classroom round's is its teacher's (classroom-docs.ts).
 */
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import type { DocRecord } from "../../domain/conference-docs/records";
import type { Student } from "../../domain/roster/model";
import type { FolderPlan } from "./folders";

export interface RoundDocs {
  /** The round's docs by student ID. */
  readonly records: Map<string, DocRecord>;
  /**
   * Each student's earlier docs, carried forward into the new one: for a classroom round, their
   * docs of the same teacher's earlier classroom rounds.
   */
  readonly earlier: ReadonlyMap<string, readonly DocRecord[]>;
}

export interface DocsTarget {
  readonly round: string;
  /** Every student the run may make a doc for; the scope then picks from them. */
  readonly students: readonly (Student & RunStudent)[];
  /** Reads the round's docs; called once the run holds its lease, so no other run adds to them. */
  readonly readDocs: () => RoundDocs;
  readonly folders: FolderPlan;
  /** The template's doc ID, asked for only when there are docs to make. */
  readonly templateDocId: () => string;
  /** Whether the run moves docs after a change of advisor or grade (student-led docs only). */
  readonly repairAccess: boolean;
  /** Where the batch in flight is kept, when not where student-led runs keep theirs. */
  readonly inFlightKey?: string;
}

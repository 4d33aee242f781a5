/* The school as the hub's tabs hold it after the import: classes, students and their conference docs per round. */
import {
  CLASSES_TAB,
  CONFERENCE_DOCS_TAB,
  commentTabName,
  STUDENTS_TAB,
} from "../../src/domain/hub/tabs";
import type { DemoContext } from "./context";
import { readTab } from "./hub-tab";
import { currentDemoRound } from "./rounds-step";
import { requireHub } from "./setup-steps";

export interface HubClass {
  readonly id: string;
  readonly course: string;
  readonly teacherEmail: string;
  readonly studentIds: readonly string[];
}

export interface HubStudent {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly grade: string;
  readonly advisorEmail: string;
  readonly docId: string;
}

export function hubClasses(context: DemoContext): HubClass[] {
  return readTab(context.ws, requireHub(context), CLASSES_TAB.name).map((row) => ({
    id: row["Class ID"] ?? "",
    course: row.Course ?? "",
    teacherEmail: (row["Teacher Email"] ?? "").toLowerCase(),
    studentIds: (row["Student IDs"] ?? "").split(/\s+/).filter((id) => id !== ""),
  }));
}

/** Every student, with their doc of the round, by default the demo's current one ("" when none). */
export function hubStudents(
  context: DemoContext,
  round: string = currentDemoRound(context),
): HubStudent[] {
  const hubId = requireHub(context);
  const docs = new Map(
    readTab(context.ws, hubId, CONFERENCE_DOCS_TAB.name)
      .filter((row) => (row.Round || context.roster.term) === round)
      .map((row) => [row["Student ID"] ?? "", row["Doc ID"] ?? ""]),
  );
  return readTab(context.ws, hubId, STUDENTS_TAB.name).map((row) => {
    const id = row["Student ID"] ?? "";
    return {
      id,
      name: row["Preferred Name"] || row["Given Name"] || "",
      email: (row.Email ?? "").toLowerCase(),
      grade: row.Grade ?? "",
      advisorEmail: (row["Advisor Email"] ?? "").toLowerCase(),
      docId: docs.get(id) ?? "",
    };
  });
}

/** The Comment column of a grade's comments tab, by comment ID. */
export function storedComments(context: DemoContext, grade: string): Map<string, string> {
  const rows = readTab(context.ws, requireHub(context), commentTabName(grade));
  return new Map(rows.map((row) => [row["Comment ID"] ?? "", row.Comment ?? ""]));
}

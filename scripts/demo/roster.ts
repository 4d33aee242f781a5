/*
 * The roster a demo term runs on: the upload importRoster receives, the school's settings, the
 * people it brings into the Workspace, and the files to keep beside the outputs. The seeded demo
 * school is one such roster.
 */

import type { RosterUpload } from "../../src/domain/roster";
import { type DemoSchool, toConferCsv, toOneRosterCsv } from "../demo-school";

export interface RosterPerson {
  readonly email: string;
  readonly name: string;
}

export interface RosterStaff extends RosterPerson {
  readonly roles: readonly string[];
}

export interface DemoRoster {
  /** What the roster is, for the summary: the demo school and its seed, or the folder read. */
  readonly origin: string;
  readonly schoolName: string;
  readonly term: string;
  /** The grades for Settings; empty keeps Confer's default grades. */
  readonly grades: readonly string[];
  readonly coordinator: RosterPerson;
  readonly staff: readonly RosterStaff[];
  readonly students: readonly RosterPerson[];
  readonly guardians: readonly RosterPerson[];
  readonly classes: number;
  readonly upload: RosterUpload;
  /** The roster files, by path under roster/ in the output folder. */
  readonly files: Readonly<Record<string, string>>;
}

function prefixed(folder: string, files: Readonly<Record<string, string>>) {
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]),
  );
}

export function demoSchoolRoster(school: DemoSchool): DemoRoster {
  const confer = toConferCsv(school);
  const coordinator = school.staff.find((member) => member.email === school.coordinatorEmail)!;
  return {
    origin: `${school.name} (seed ${school.seed})`,
    schoolName: school.name,
    term: school.term,
    grades: school.grades,
    coordinator,
    staff: school.staff,
    students: school.students.map((student) => ({
      email: student.email,
      name: `${student.givenName} ${student.familyName}`,
    })),
    guardians: school.guardians,
    classes: school.classes.length,
    upload: {
      format: "confer",
      students: confer["students.csv"],
      staff: confer["staff.csv"],
      classes: confer["classes.csv"],
    },
    files: { ...prefixed("confer", confer), ...prefixed("oneroster", toOneRosterCsv(school)) },
  };
}

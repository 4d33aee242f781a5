/*
 * Microsoft School Data Sync v2.1 sets through the OneRoster reader, from the small set in
 * fixtures/sds-v2.1 (written here in SDS's columns: roles.csv with isPrimary and the grade, no
 * classType, no role or email in users.csv, relationships.csv for guardians).
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem, importRoster, type Roster } from "../../../src/domain/roster";

const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };
const empty: Roster = { students: [], staff: [], classes: [] };
const dir = path.join(__dirname, "fixtures", "sds-v2.1");
const file = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");

const SET = {
  format: "oneroster" as const,
  users: file("users.csv"),
  classes: file("classes.csv"),
  enrollments: file("enrollments.csv"),
  roles: file("roles.csv"),
  relationships: file("relationships.csv"),
};

function imported(upload: typeof SET) {
  const outcome = importRoster(upload, settings, empty);
  if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
  return outcome;
}

function refused(upload: typeof SET) {
  const outcome = importRoster(upload, settings, empty);
  if (outcome.ok) throw new Error("imported");
  return outcome.messages;
}

describe("SDS v2.1 sets", () => {
  it("imports students with their roles.csv grade (the primary row) and their username as email", () => {
    const { roster } = imported(SET);
    expect(roster.students.map((s) => [s.id, s.givenName, s.email, s.grade])).toEqual([
      ["u1", "Ana", "ana.ruiz@students.lakeside.test", "7"],
      ["u2", "Ben", "ben.okafor@students.lakeside.test", "8"],
    ]);
  });

  it("reads a teacher and a professor as teachers, and the classes with no classType as classes", () => {
    const { roster } = imported(SET);
    expect(roster.staff).toEqual([
      expect.objectContaining({
        email: "mei.li@lakeside.test",
        name: "Mei Li",
        roles: ["teacher"],
      }),
      expect.objectContaining({
        email: "omar.haddad@lakeside.test",
        name: "Omar Haddad",
        roles: ["teacher"],
      }),
    ]);
    expect(roster.classes.map((c) => [c.id, c.course, c.teacherEmail, c.studentIds])).toEqual([
      ["c1", "Math 7", "mei.li@lakeside.test", ["u1"]],
      ["c2", "Science 8", "omar.haddad@lakeside.test", ["u2", "u1"]],
    ]);
  });

  it("links guardians from relationships.csv with their relationship, and leaves a doctor out", () => {
    const { roster } = imported(SET);
    expect(roster.students.map((s) => s.guardians)).toEqual([
      [{ name: "Luz Ruiz", email: "luz.ruiz@mail.test", language: "en", relationship: "Parent" }],
      [
        {
          name: "Kenji Sato",
          email: "kenji.sato@mail.test",
          language: "en",
          relationship: "Relative",
        },
      ],
    ]);
  });

  it("warns about the staff roles, enrollments and role-less users it leaves out, and the relationship it skips", () => {
    const { warnings } = imported(SET);
    expect(warnings.map(formatProblem)).toEqual([
      "users.csv row 2 (Ana Ruiz, sourcedId u1), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 3 (Ben Okafor, sourcedId u2), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 10 (Rosa Vega, sourcedId u9), role: no role (neither users.csv nor roles.csv gives one), and no class or student names them: left out",
      'roles.csv row 8 (Pat Quinn, sourcedId u6), role "nurse": not a role Confer imports on its own (students, guardians, teachers): left out, as they teach and advise no class',
      'roles.csv row 9 (Sam Bell, sourcedId u7), role "teacherAssistant": not a role Confer imports on its own (students, guardians, teachers): left out, as they teach and advise no class',
      'enrollments.csv row 4 (Sam Bell, sourcedId u7), role "teacherAssistant": Confer keeps a class\'s students and teachers only: this enrollment is left out',
      'relationships.csv row 4 (Ben Okafor, sourcedId u2), relationshipRole "doctor": not a parent, guardian or relative: not imported as a guardian',
    ]);
  });

  it("names the roles.csv row of a grade Settings lacks", () => {
    const outcome = importRoster(SET, { ...settings, grades: ["7"] }, empty);
    expect(outcome.ok && outcome.addedGrades).toEqual(["8"]);
    expect(outcome.warnings.map(formatProblem)).toContain(
      'users.csv row 3 (Ben Okafor, sourcedId u2), roles.csv row 4 grade "08": not one of the school\'s grades (7): added to Settings',
    );
  });

  it("refuses a relationship to nobody, naming the file, row, field, ID and student", () => {
    const relationships = `${SET.relationships}u1,u42,guardian\n`;
    expect(refused({ ...SET, relationships })).toEqual([
      'relationships.csv row 5 (Ana Ruiz, sourcedId u1), relationshipUserSourcedId "u42": no such user in users.csv',
    ]);
  });

  it("refuses a student as a guardian and a guardian link from someone who is not a student", () => {
    const relationships = `${SET.relationships}u1,u2,guardian\nu3,u5,parent\n`;
    expect(refused({ ...SET, relationships })).toEqual([
      'relationships.csv row 5 (Ana Ruiz, sourcedId u1), relationshipUserSourcedId "u2": a student (roles.csv row 4), so not a guardian',
      'relationships.csv row 6 (Mei Li, sourcedId u3), userSourcedId "u3": not a student: roles.csv row 5 gives the role "teacher"',
    ]);
  });

  it("refuses a student enrolled as a professor, and a duplicate sourcedId", () => {
    const enrollments = `${SET.enrollments}c2,u1,professor\n`;
    const users = `${SET.users}u2,ben2@students.lakeside.test,Benny,Okafor,,,,,\n`;
    expect(refused({ ...SET, enrollments, users })).toEqual([
      'users.csv row 11 (Benny Okafor, sourcedId u2), sourcedId "u2": duplicate sourcedId: also on row 3',
      'enrollments.csv row 8 (Ana Ruiz, sourcedId u1), userSourcedId "u1": enrolled as a teacher, but roles.csv row 2 gives the role "student"',
    ]);
  });

  it("still needs the columns SDS requires", () => {
    const roles = SET.roles.replace("userSourcedId,", "user,");
    expect(refused({ ...SET, roles })).toEqual([
      "roles.csv row 1, userSourcedId: this column is missing from the header row",
    ]);
  });
});

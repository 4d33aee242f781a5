/*
 * Microsoft School Data Sync classic (v1) sets, from the small sets in fixtures/sds-classic (US
 * spelling, with the parent files) and fixtures/sds-classic-uk (UK spelling, CRLF, year groups).
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem, importRoster, type Roster } from "../../../src/domain/roster";
import type { SdsClassicUpload } from "../../../src/domain/roster/sds-classic";

const settings = { grades: ["7", "8", "9"], defaultLanguage: "en" };
const empty: Roster = { students: [], staff: [], classes: [] };
const read = (set: string, name: string) => {
  const file = path.join(__dirname, "fixtures", set, name);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
};

function upload(set: string): SdsClassicUpload {
  const file = (name: string) => read(set, name);
  return {
    format: "sds",
    student: file("Student.csv"),
    teacher: file("Teacher.csv"),
    section: file("Section.csv"),
    studentEnrollment: file("StudentEnrollment.csv"),
    teacherRoster: file("TeacherRoster.csv"),
    user: file("User.csv"),
    guardianRelationship: file("GuardianRelationship.csv"),
  };
}

const US: SdsClassicUpload = {
  ...upload("sds-classic"),
  studentDomain: "students.lakeside.test",
  teacherDomain: "@lakeside.test",
  homeroomCourse: "advisory",
};

function imported(files: SdsClassicUpload) {
  const outcome = importRoster(files, settings, empty);
  if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
  return outcome;
}

function refused(files: SdsClassicUpload) {
  const outcome = importRoster(files, settings, empty);
  if (outcome.ok) throw new Error("imported");
  return outcome.messages;
}

describe("SDS classic sets", () => {
  it("imports students by Student Number (else SIS ID), once each, with the domain added to bare usernames", () => {
    const { roster } = imported(US);
    expect(roster.students.map((s) => [s.id, s.givenName, s.email, s.grade, s.active])).toEqual([
      ["S501", "Ana", "aruiz@students.lakeside.test", "7", true],
      ["502", "Ben", "bokafor@students.lakeside.test", "8", true],
      ["S503", "Chloé", "cdubois@students.lakeside.test", "7", false],
    ]);
  });

  it("imports teachers, the advisory course's teacher as advisor, and sections with a teacher as classes", () => {
    const { roster } = imported(US);
    expect(roster.staff.map((m) => [m.email, m.name, m.roles])).toEqual([
      ["mli@lakeside.test", "Mei Li", ["teacher"]],
      ["ohaddad@lakeside.test", "Omar Haddad", ["teacher", "advisor"]],
    ]);
    expect(
      roster.classes.map((c) => [c.id, c.course, c.period, c.teacherEmail, c.studentIds]),
    ).toEqual([
      ["901", "Math 7 - A", "2", "mli@lakeside.test", ["S501", "502"]],
      ["902", "Advisory 7", "1", "ohaddad@lakeside.test", ["S501"]],
    ]);
    expect(roster.students.map((s) => s.advisorEmail)).toEqual(["ohaddad@lakeside.test", "", ""]);
  });

  it("links guardians from User.csv and GuardianRelationship.csv", () => {
    const { roster } = imported(US);
    expect(roster.students.map((s) => s.guardians)).toEqual([
      [{ name: "Luz Ruiz", email: "luz.ruiz@mail.test", language: "en", relationship: "Parent" }],
      [{ name: "Kenji Sato", email: "kenji.sato@mail.test", language: "en", relationship: "" }],
      [],
    ]);
  });

  it("warns about the section with no teacher and the relationship that is no guardian's", () => {
    const { warnings } = imported(US);
    expect(warnings.map(formatProblem)).toEqual([
      "Student.csv row 3 (Ben Okafor, SIS ID 502), homeroom teacher: needs an advisor: imported without one",
      "Student.csv row 4 (Chloé Dubois, SIS ID 503), homeroom teacher: needs an advisor: imported without one",
      "Section.csv row 4 (Art (unstaffed), SIS ID 903): no teacher in TeacherRoster.csv: left out, as every class in Confer has a teacher",
      'GuardianRelationship.csv row 4 (Ben Okafor, SIS ID 502), Role "Doctor": not a parent, guardian or relative: not imported as a guardian',
    ]);
  });

  it("without domains, imports students without an email and refuses teachers, saying what to give", () => {
    const outcome = importRoster({ ...US, studentDomain: "", teacherDomain: "" }, settings, empty);
    expect(!outcome.ok && outcome.messages).toEqual([
      "Teacher.csv, Username \"mli\": not an email address (row 2 and others like it): give the teachers' email domain, which Confer adds to usernames as SDS's identity matching does",
      'Teacher.csv row 2 (Mei Li, SIS ID 701), Username "mli": not a valid email address',
    ]);
    expect(outcome.warnings.map(formatProblem)).toContain(
      "Student.csv, Username \"aruiz\": not an email address (row 2 and others like it): give the students' email domain, which Confer adds to usernames as SDS's identity matching does; until then they have no email",
    );
  });

  it("reads the UK spelling (ID, Section ID, School DfE Number) and year groups", () => {
    const { roster } = imported(upload("sds-classic-uk"));
    expect(roster.students.map((s) => [s.id, s.email, s.grade])).toEqual([
      ["2001", "aokoye@pupils.millbrook.test", "8"],
      ["2002", "thughes@pupils.millbrook.test", "9"],
    ]);
    expect(roster.classes).toEqual([
      {
        id: "4001",
        course: "8X English",
        period: "",
        grade: "",
        teacherEmail: "gprice@millbrook.test",
        studentIds: ["2001", "2002"],
      },
    ]);
  });

  it("takes cells pasted from a sheet", () => {
    const pasted = (csv: string) =>
      csv
        .trim()
        .split("\n")
        .map((line) => line.split(",").join("\t"))
        .join("\n");
    const { roster } = imported({
      ...US,
      student: pasted(US.student),
      teacher: pasted(US.teacher),
    });
    expect(roster.students.map((s) => s.id)).toEqual(["S501", "502", "S503"]);
    expect(roster.staff.map((m) => m.email)).toEqual([
      "mli@lakeside.test",
      "ohaddad@lakeside.test",
    ]);
  });

  it("finds columns in any case and spacing", () => {
    const student = US.student.replace(
      "SIS ID,School SIS ID,First Name",
      " sis  id ,School SIS ID,FIRST NAME",
    );
    expect(imported({ ...US, student }).roster.students).toHaveLength(3);
  });

  it("refuses a SIS ID given to two people, naming file, row, field, ID and name", () => {
    const student = `${US.student}501,10,Anna,Ross,aross,,S777,7,Active\n`;
    expect(refused({ ...US, student })).toEqual([
      'Student.csv row 6 (Anna Ross, SIS ID 501), SIS ID "501": duplicate SIS ID: also on row 2, with another Username',
    ]);
  });

  it("refuses a person who is a student in Student.csv and a teacher in Teacher.csv or TeacherRoster.csv", () => {
    const teacher = `${US.teacher}502,10,Ben,Okafor,bokafor2,,Active\n`;
    const teacherRoster = `${US.teacherRoster}903,503\n`;
    expect(refused({ ...US, teacher, teacherRoster })).toEqual([
      'Teacher.csv row 4 (Ben Okafor, SIS ID 502), SIS ID "502": also a student, on Student.csv row 3',
      'TeacherRoster.csv row 5 (Chloé Dubois, SIS ID 503), SIS ID "503": a student (Student.csv row 4), not a teacher in Teacher.csv',
    ]);
  });

  it("refuses links to nobody: an enrollment, a section, a contact", () => {
    const studentEnrollment = `${US.studentEnrollment}901,599\n999,501\n`;
    const guardianRelationship = `${US.guardianRelationship}501,nobody@mail.test,Parent\n`;
    expect(refused({ ...US, studentEnrollment, guardianRelationship })).toEqual([
      'StudentEnrollment.csv row 8, SIS ID "599": no such student in Student.csv',
      'StudentEnrollment.csv row 9, Section SIS ID "999": no such section in Section.csv',
      'GuardianRelationship.csv row 5 (Ana Ruiz, SIS ID 501), Email "nobody@mail.test": no such contact in User.csv',
    ]);
  });

  it("refuses a set without Student.csv or with a column missing, and one parent file without the other", () => {
    expect(refused({ ...US, student: " " })).toEqual(["Student.csv: the file is missing or empty"]);
    const teacher = US.teacher.replace("Username", "Login");
    expect(refused({ ...US, teacher, user: "" })).toEqual([
      "Teacher.csv row 1, Username: this column is missing from the header row",
      "GuardianRelationship.csv: comes with User.csv, which ties each contact to their student: give both",
    ]);
  });

  it("tells a coordinator who chose another format that the files are SDS classic", () => {
    const asOneRoster = importRoster(
      {
        format: "oneroster",
        users: US.student,
        classes: US.section!,
        enrollments: US.studentEnrollment!,
      },
      settings,
      empty,
    );
    expect(!asOneRoster.ok && asOneRoster.messages).toContain(
      'users.csv row 1: this header is School Data Sync classic\'s Student.csv or Teacher.csv: choose "SDS classic CSV" as the format',
    );
    const asConfer = importRoster(
      { format: "confer", students: US.student, staff: US.teacher, classes: US.section! },
      settings,
      empty,
    );
    expect(!asConfer.ok && asConfer.messages).toContain(
      'students.csv row 1: this header is School Data Sync classic\'s Student.csv or Teacher.csv: choose "SDS classic CSV" as the format',
    );
  });

  it("merges into the current roster as OneRoster does: a re-import keeps coordinators", () => {
    const first = imported(US).roster;
    const current: Roster = {
      ...first,
      staff: first.staff.map((m, i) =>
        i === 0 ? { ...m, roles: [...m.roles, "coordinator"] } : m,
      ),
    };
    const again = importRoster(US, settings, current);
    expect(again.ok && again.roster.staff[0]!.roles).toEqual(["teacher", "coordinator"]);
    expect(again.ok && again.summary.added).toBe(0);
  });
});

/* OneRoster sets as school systems write them: one test per quirk, from small files written here. */
import fs from "node:fs";
import path from "node:path";
import {
  formatProblem,
  importRoster,
  type Roster,
  readOneRoster,
  validateRoster,
} from "../../../src/domain/roster";

const settings = { grades: ["K", "6", "7", "8", "9"], defaultLanguage: "en" };
const empty: Roster = { students: [], staff: [], classes: [] };

const csv = (...rows: string[]) => `${rows.join("\n")}\n`;

const CLASSES = csv(
  "sourcedId,status,title,grades,classType,periods",
  "hr,active,Homeroom,06,homeroom,",
  "c1,active,Math,06,scheduled,1",
);
const ENROLLMENTS = csv(
  "sourcedId,status,classSourcedId,userSourcedId,role,primary",
  "e1,active,hr,t1,teacher,true",
  "e2,active,hr,s1,student,false",
  "e3,active,c1,t1,teacher,true",
  "e4,active,c1,s1,student,false",
);
const USERS = csv(
  "sourcedId,status,role,givenName,familyName,identifier,email,agentSourcedIds,grades",
  "t1,active,teacher,Mei,Li,,mei@school.test,,",
  "s1,active,student,Ana,Ruiz,S1,ana@students.school.test,p1,06",
  "p1,active,parent,Luz,Ruiz,,luz@mail.test,s1,",
);

function validated(files: Parameters<typeof readOneRoster>[0], options = {}) {
  const parsed = readOneRoster(files, options);
  const result = validateRoster(parsed, settings);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result;
}

describe("OneRoster as school systems write it", () => {
  it("finds columns in any order and case, ignoring metadata and vendor columns it has no use for", () => {
    const users = csv(
      "EMAIL,metadata.favouriteColour,familyName,ext_acme_locker,Role,givenName,identifier,SourcedId,grades,agentSourcedIds",
      "mei@school.test,red,Li,12,Teacher,Mei,,t1,,",
      "ana@students.school.test,blue,Ruiz,44,Student,Ana,S1,s1,06,p1",
      "luz@mail.test,,Ruiz,,Parent,Luz,,p1,,s1",
    );
    const { roster } = validated({ users, classes: CLASSES, enrollments: ENROLLMENTS });
    expect(roster.students).toEqual([
      {
        id: "S1",
        givenName: "Ana",
        familyName: "Ruiz",
        preferredName: "",
        email: "ana@students.school.test",
        grade: "6",
        advisorEmail: "mei@school.test",
        guardians: [
          { name: "Luz Ruiz", email: "luz@mail.test", language: "en", relationship: "Parent" },
        ],
        active: true,
      },
    ]);
  });

  it("keeps a preferred name from preferredFirstName, metadata or an ext_ column, and a guardian's language from metadata.language or an ext_ column", () => {
    const users = csv(
      "sourcedId,role,givenName,familyName,email,agentSourcedIds,grades,ext_sis_preferredName,ext_sis_homeLanguage",
      "t1,teacher,Mei,Li,mei@school.test,,,,",
      "s1,student,Anastasia,Ruiz,ana@students.school.test,p1,6,Ana,",
      "s2,student,Robert,Ode,rob@students.school.test,p2,6,,",
      "p1,parent,Luz,Ruiz,luz@mail.test,,,,es",
      "p2,guardian,Kofi,Ode,kofi@mail.test,,,,fr_CA",
    );
    const enrollments = `${ENROLLMENTS}e5,active,hr,s2,student,false\n`;
    const { roster } = validated({ users, classes: CLASSES, enrollments });
    expect(roster.students.map((s) => [s.preferredName, s.guardians[0]?.language])).toEqual([
      ["Ana", "es"],
      ["", "fr-CA"],
    ]);
    const v12 = csv(
      "sourcedId,role,givenName,preferredFirstName,familyName,email,grades,metadata.language",
      "t1,teacher,Mei,,Li,mei@school.test,,",
      "s1,student,Anastasia,Ana,Ruiz,ana@students.school.test,6,pt-br",
    );
    const one = validated({ users: v12, classes: CLASSES, enrollments: ENROLLMENTS });
    expect(one.roster.students[0]?.preferredName).toBe("Ana");
  });

  it("reads the legacy 1.0 names agents, userId and grade beside 1.1's", () => {
    const users = csv(
      "sourcedId,status,role,userId,givenName,familyName,identifier,email,agents,grade",
      "t1,active,teacher,mli,Mei,Li,,mei@school.test,,",
      "s1,active,student,aruiz,Ana,Ruiz,S1,ana@students.school.test,p1,7",
      "p1,active,parent,,Luz,Ruiz,,luz@mail.test,,",
    );
    const { roster } = validated({ users, classes: CLASSES, enrollments: ENROLLMENTS });
    expect(roster.students[0]).toMatchObject({ grade: "7", guardians: [{ name: "Luz Ruiz" }] });
  });

  it("reads a 1.2 set: roles.csv instead of a role column, userProfiles.csv, a BOM, CRLF, every field quoted, no final newline, Japanese names", () => {
    const dir = path.join(__dirname, "fixtures", "oneroster-1.2-ja");
    const file = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");
    expect(file("users.csv").startsWith("\uFEFF")).toBe(true);
    expect(file("users.csv").endsWith("\r\n")).toBe(false);
    const outcome = importRoster(
      {
        format: "oneroster",
        users: file("users.csv"),
        roles: file("roles.csv"),
        userProfiles: file("userProfiles.csv"),
        classes: file("classes.csv"),
        enrollments: file("enrollments.csv"),
        manifest: file("manifest.csv"),
      },
      settings,
      empty,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.warnings.map(formatProblem)).toEqual([
      "users.csv row 4 (美咲 鈴木, sourcedId u-s2), homeroom teacher: needs an advisor: imported without one",
    ]);
    expect(outcome.roster.students.map((s) => [s.id, s.givenName, s.familyName, s.grade])).toEqual([
      ["S-1", "太郎", "佐藤", "7"],
      ["S-2", "美咲", "鈴木", "K"],
    ]);
    expect(outcome.roster.students[0]).toMatchObject({
      preferredName: "タロ",
      advisorEmail: "tanaka@school.test",
      guardians: [{ name: "洋子 佐藤", email: "yoko@mail.test", relationship: "Parent" }],
    });
    expect(outcome.roster.staff).toEqual([
      {
        email: "tanaka@school.test",
        name: "花子 田中",
        roles: ["teacher", "advisor"],
        active: true,
      },
    ]);
    expect(outcome.roster.classes).toEqual([
      {
        id: "c-ma",
        course: "数学",
        period: "2",
        grade: "7",
        teacherEmail: "tanaka@school.test",
        studentIds: ["S-1", "S-2"],
      },
    ]);
  });

  it("reads roles in any case: parent, guardian and relative are guardians; an administrator or aide who teaches nothing is not staff", () => {
    const users = csv(
      "sourcedId,role,givenName,familyName,email,agentSourcedIds,grades",
      "t1,TEACHER,Mei,Li,mei@school.test,,",
      "a1,Administrator,Ada,Boss,ada@school.test,,",
      "a2,aide,Al,Helper,al@school.test,,",
      "s1,Student,Ana,Ruiz,ana@students.school.test,p1 p2 p3,6",
      "p1,PARENT,Luz,Ruiz,luz@mail.test,,",
      "p2,Guardian,Gil,Ruiz,gil@mail.test,,",
      "p3,RELATIVE,Rosa,Ruiz,rosa@mail.test,,",
    );
    const { roster } = validated({ users, classes: CLASSES, enrollments: ENROLLMENTS });
    expect(roster.students[0]?.guardians.map((g) => g.relationship)).toEqual([
      "Parent",
      "Guardian",
      "Relative",
    ]);
    expect(roster.staff.map((m) => m.email)).toEqual(["mei@school.test"]);
  });

  it("imports inactive people as inactive (an inactive guardian unlinked), leaves tobedeleted ones out, in any case, with dates with or without a time", () => {
    const users = csv(
      "sourcedId,status,dateLastModified,role,givenName,familyName,identifier,email,grades,agentSourcedIds",
      "t1,Active,2026-08-01,teacher,Mei,Li,,mei@school.test,",
      "t2,INACTIVE,2026-08-01T10:15:00.000Z,teacher,Old,Teacher,,old@school.test,",
      "s1,active,2026-08-01T10:15:00Z,student,Ana,Ruiz,S1,ana@students.school.test,6,p2",
      "s2,Inactive,2026-08-01,student,Ben,Ode,S2,ben@students.school.test,6,p1",
      "s3,ToBeDeleted,2026-08-01,student,Cy,Gone,S3,cy@students.school.test,6,",
      "p1,active,2026-08-01,parent,Kofi,Ode,,kofi@mail.test,,",
      "p2,inactive,2026-08-01,parent,Old,Ruiz,,old@mail.test,,",
    );
    const enrollments = csv(
      "sourcedId,status,classSourcedId,userSourcedId,role,primary",
      "e1,active,hr,t1,teacher,true",
      "e2,active,hr,s1,student,false",
      "e3,active,c1,t2,teacher,true",
      "e4,active,c1,t1,teacher,false",
      "e5,active,c1,s2,student,false",
    );
    const { roster } = validated({ users, classes: CLASSES, enrollments });
    expect(roster.students.map((s) => [s.id, s.active, s.guardians.map((g) => g.name)])).toEqual([
      ["S1", true, []],
      ["S2", false, ["Kofi Ode"]],
    ]);
    expect(roster.staff.map((m) => [m.email, m.active !== false])).toEqual([
      ["mei@school.test", true],
      ["old@school.test", false],
    ]);
    expect(roster.classes[0]).toMatchObject({ teacherEmail: "mei@school.test", studentIds: [] });
  });

  it("reads grades like 09 as 9, KG as K, and a quoted list by its first grade", () => {
    const users = csv(
      "sourcedId,role,givenName,familyName,email,grades",
      "t1,teacher,Mei,Li,mei@school.test,",
      "s1,student,Ana,Ruiz,ana@students.school.test,09",
      "s2,student,Ben,Ode,ben@students.school.test,KG",
      's3,student,Cy,Ode,cy@students.school.test,"09,10"',
    );
    const classes = csv(
      "sourcedId,title,grades,classType",
      'c1,Math,"09,10",scheduled',
      "c2,Play,kg,scheduled",
    );
    const enrollments = csv("classSourcedId,userSourcedId,role", "c1,t1,teacher", "c2,t1,teacher");
    const result = validated({ users, classes, enrollments });
    expect(result.roster.students.map((s) => s.grade)).toEqual(["9", "K", "9"]);
    expect(result.roster.classes.map((c) => c.grade)).toEqual(["9", "K"]);
    expect(result.addedGrades).toEqual([]);
  });
});

describe("manifests: bulk and delta", () => {
  const bulk = importRoster(
    { format: "oneroster", users: USERS, classes: CLASSES, enrollments: ENROLLMENTS },
    settings,
    empty,
  );
  if (!bulk.ok) throw new Error(bulk.messages.join("\n"));
  const withBen = importRoster(
    {
      format: "oneroster",
      users: `${USERS}s2,active,student,Ben,Ode,S2,ben@students.school.test,,07\n`,
      classes: CLASSES,
      enrollments: `${ENROLLMENTS}e5,active,hr,s2,student,false\n`,
    },
    settings,
    bulk.roster,
  );
  if (!withBen.ok) throw new Error(withBen.messages.join("\n"));
  const current = withBen.roster;
  const manifest = (mode: string) =>
    csv(
      "propertyName,value",
      "manifest.version,1.0",
      "oneroster.version,1.2",
      `file.users,${mode}`,
      `file.classes,${mode === "delta" ? "absent" : "bulk"}`,
      `file.enrollments,${mode}`,
    );

  it("a delta updates people in place and leaves everyone it does not name as they are", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: manifest("delta"),
        users: csv(
          "sourcedId,status,dateLastModified,role,givenName,familyName,identifier,email,grades",
          "s1,active,2026-09-01T08:00:00Z,student,Ana María,Ruiz,S1,ana@students.school.test,07",
        ),
        classes: "",
        enrollments: "",
      },
      settings,
      current,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.givenName, s.grade, s.active])).toEqual([
      ["S1", "Ana María", "7", true],
      ["S2", "Ben", "7", true],
    ]);
    expect(outcome.roster.students[0]).toMatchObject({
      advisorEmail: "mei@school.test",
      guardians: [{ email: "luz@mail.test" }],
    });
    expect(outcome.roster.classes).toEqual(current.classes);
    expect(outcome.summary).toMatchObject({ updated: 1, deactivated: 0, unchanged: 1 });
  });

  it("a delta's tobedeleted student becomes inactive, and its enrollment adds a current student to a current class", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: manifest("delta"),
        users: csv(
          "sourcedId,status,role,givenName,familyName,identifier,email",
          "s1,tobedeleted,student,Ana,Ruiz,S1,ana@students.school.test",
        ),
        classes: "",
        enrollments: csv(
          "sourcedId,status,classSourcedId,userSourcedId,role",
          "e9,active,c1,S2,student",
        ),
      },
      settings,
      current,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.active])).toEqual([
      ["S1", false],
      ["S2", true],
    ]);
    expect(outcome.roster.classes[0]?.studentIds).toEqual(["S1", "S2"]);
    expect(outcome.summary).toMatchObject({ deactivated: 1 });
  });

  it("a delta's tobedeleted enrollment takes a student out of a class, and a class it lists keeps its students and teacher", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: csv("propertyName,value", "file.classes,delta", "file.enrollments,delta"),
        users: "",
        classes: csv(
          "sourcedId,status,title,grades,classType,periods",
          "c1,active,Maths,06,scheduled,3",
        ),
        enrollments: csv(
          "sourcedId,status,classSourcedId,userSourcedId,role",
          "e4,tobedeleted,c1,S1,student",
        ),
      },
      settings,
      { ...current, classes: [{ ...current.classes[0]!, studentIds: ["S1", "S2"] }] },
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.classes).toEqual([
      {
        id: "c1",
        course: "Maths",
        period: "3",
        grade: "6",
        teacherEmail: "mei@school.test",
        studentIds: ["S2"],
      },
    ]);
    expect(outcome.summary).toMatchObject({ deactivated: 0, unchanged: 2 });
  });

  it("a bulk set's class holds only the enrollments in it, not the current class's", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        users: `${USERS}s2,active,student,Ben,Ode,S2,ben@students.school.test,,07\n`,
        classes: CLASSES,
        enrollments: ENROLLMENTS,
      },
      settings,
      { ...current, classes: [{ ...current.classes[0]!, studentIds: ["S1", "S2"] }] },
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.classes[0]?.studentIds).toEqual(["S1"]);
  });

  it("a 1.2 delta with no roles.csv updates a student and a teacher by the roles the hub gives them", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: csv("propertyName,value", "file.users,delta", "file.roles,absent"),
        users: csv(
          "sourcedId,status,givenName,familyName,identifier,email,grades",
          "s1,active,Ana,Ruiz-Li,S1,ana@students.school.test,6",
          "t1,active,Mei,Li-Chen,,mei@school.test,",
        ),
        classes: "",
        enrollments: "",
      },
      settings,
      current,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.familyName, s.active])).toEqual([
      ["S1", "Ruiz-Li", true],
      ["S2", "Ode", true],
    ]);
    expect(outcome.roster.staff).toEqual([
      expect.objectContaining({
        email: "mei@school.test",
        name: "Mei Li-Chen",
        roles: ["teacher", "advisor"],
      }),
    ]);
  });

  it("a bulk set makes everyone it leaves out inactive", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: manifest("bulk"),
        users: USERS,
        classes: CLASSES,
        enrollments: ENROLLMENTS,
      },
      settings,
      current,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.active])).toEqual([
      ["S1", true],
      ["S2", false],
    ]);
  });

  it("refuses a manifest's unknown file mode, naming the row", () => {
    const outcome = importRoster(
      {
        format: "oneroster",
        manifest: csv("propertyName,value", "file.users,partial"),
        users: USERS,
        classes: CLASSES,
        enrollments: ENROLLMENTS,
      },
      settings,
      current,
    );
    expect(outcome.ok ? [] : outcome.messages).toEqual([
      'manifest.csv row 2, value "partial": not a file mode (use bulk, delta or absent) for file.users',
    ]);
  });
});

describe("what is truly broken is still refused whole", () => {
  const refused = (files: Parameters<typeof readOneRoster>[0]) => {
    const outcome = importRoster({ format: "oneroster", ...files }, settings, empty);
    return outcome.ok ? [] : outcome.messages;
  };

  it("a duplicate sourcedId", () => {
    const users = `${USERS}s1,active,student,Ana,Again,S9,again@students.school.test,,6\n`;
    expect(refused({ users, classes: CLASSES, enrollments: ENROLLMENTS })).toEqual([
      'users.csv row 5 (Ana Again, sourcedId s1), sourcedId "s1": duplicate sourcedId: also on row 3',
    ]);
  });

  it("an enrollment or agent link to nobody", () => {
    const users = USERS.replace(",p1,06", ',"p1,p7",06');
    const enrollments = `${ENROLLMENTS}e9,active,c1,s8,student,false\n`;
    expect(refused({ users, classes: CLASSES, enrollments })).toEqual([
      'users.csv row 3 (Ana Ruiz, sourcedId s1), agentSourcedIds "p7": no such user in users.csv',
      'enrollments.csv row 6 (sourcedId e9), userSourcedId "s8": no such user in users.csv',
    ]);
  });

  it("a teacher in one file who is a student in another", () => {
    const roles = csv(
      "sourcedId,userSourcedId,roleType,role,orgSourcedId",
      "r1,t1,primary,student,org1",
    );
    expect(refused({ users: USERS, roles, classes: CLASSES, enrollments: ENROLLMENTS })).toEqual([
      'roles.csv row 2 (Mei Li, sourcedId t1), role "student": users.csv gives the role "teacher", but roles.csv "student"',
    ]);
    const enrollments = `${ENROLLMENTS}e9,active,c1,s1,teacher,false\n`;
    expect(refused({ users: USERS, classes: CLASSES, enrollments })).toEqual([
      'enrollments.csv row 6 (Ana Ruiz, sourcedId s1), userSourcedId "s1": enrolled as a teacher, but users.csv gives the role "student"',
    ]);
  });
});

describe("warnings, not refusals, for what a school can fix later", () => {
  const users = csv(
    "sourcedId,role,givenName,familyName,identifier,email,agentSourcedIds,grades",
    "t1,teacher,Mei,Li,,mei@school.test,,",
    "s1,student,Ana,Ruiz,S1,,p1,6",
    "s2,student,Ben,Ode,S2,ben@students.school.test,,",
    "s3,student,Cy,Ode,S3,cy@students.school.test,,10",
    "p1,parent,Luz,Ruiz,,,s1,",
  );
  const classes = csv("sourcedId,title,grades,classType", "c1,Math,11,scheduled");
  const enrollments = csv("classSourcedId,userSourcedId,role", "c1,t1,teacher", "c1,s1,student");
  const outcome = importRoster(
    { format: "oneroster", users, classes, enrollments },
    settings,
    empty,
  );

  it("imports a school with no homeroom, no student email, no grade, a guardian with no email and new grades, listing each", () => {
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.email, s.grade, s.advisorEmail])).toEqual([
      ["S1", "", "6", ""],
      ["S2", "ben@students.school.test", "", ""],
      ["S3", "cy@students.school.test", "10", ""],
    ]);
    expect(outcome.roster.students[0]?.guardians).toEqual([
      { name: "Luz Ruiz", email: "", language: "en", relationship: "Parent" },
    ]);
    expect(outcome.warnings.map(formatProblem)).toEqual([
      "users.csv row 3 (Ana Ruiz, sourcedId s1), email: no email: imported; their doc is shared once they have one",
      "users.csv row 3 (Ana Ruiz, sourcedId s1), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 4 (Ben Ode, sourcedId s2), grades: no grade: imported; comments on them wait until they have one",
      "users.csv row 4 (Ben Ode, sourcedId s2), homeroom teacher: needs an advisor: imported without one",
      'users.csv row 5 (Cy Ode, sourcedId s3), grades "10": not one of the school\'s grades (K, 6, 7, 8, 9): added to Settings',
      "users.csv row 5 (Cy Ode, sourcedId s3), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 6 (Luz Ruiz, sourcedId p1), email: no email: kept, but gets no drafts",
      'classes.csv row 2 (Math, sourcedId c1), grades "11": not one of the school\'s grades (K, 6, 7, 8, 9): added to Settings',
    ]);
    expect(outcome.addedGrades).toEqual(["10", "11"]);
    expect(outcome.needsAdvisor).toEqual([
      "Ana Ruiz, sourcedId s1",
      "Ben Ode, sourcedId s2",
      "Cy Ode, sourcedId s3",
    ]);
  });

  it("a grade that is no grade at all is left empty, with a warning", () => {
    const odd = importRoster(
      { format: "oneroster", users: users.replace(",10\n", ",Other\n"), classes, enrollments },
      settings,
      empty,
    );
    if (!odd.ok) throw new Error(odd.messages.join("\n"));
    expect(odd.roster.students[2]?.grade).toBe("");
    expect(odd.warnings.map(formatProblem)).toContain(
      'users.csv row 5 (Cy Ode, sourcedId s3), grades "Other": not a grade Confer knows (use K, PK, TK or 1 to 99): imported without a grade',
    );
  });
});

describe("advisors without a homeroom class", () => {
  const users = csv(
    "sourcedId,role,givenName,familyName,identifier,email,grades",
    "t1,teacher,Mei,Li,,mei@school.test,",
    "t2,teacher,Kofi,Ode,,kofi@school.test,",
    "s1,student,Ana,Ruiz,S1,ana@students.school.test,6",
    "s2,student,Ben,Ode,S2,ben@students.school.test,6",
  );
  const classes = csv(
    "sourcedId,title,grades,classType",
    "c1,Math,6,scheduled",
    "c2,Advisory 6,6,scheduled",
  );
  const enrollments = csv(
    "classSourcedId,userSourcedId,role",
    "c1,t1,teacher",
    "c1,s1,student",
    "c1,s2,student",
    "c2,t2,teacher",
    "c2,s1,student",
  );

  it("takes them from advisors.csv, by sourcedId or identifier", () => {
    const advisors = csv(
      "studentSourcedId,advisorEmail",
      "s1,Mei@School.test",
      "S2,kofi@school.test",
    );
    const { roster } = validated({ users, classes, enrollments, advisors });
    expect(roster.students.map((s) => s.advisorEmail)).toEqual([
      "mei@school.test",
      "kofi@school.test",
    ]);
    expect(roster.staff.map((m) => m.roles)).toEqual([
      ["teacher", "advisor"],
      ["teacher", "advisor"],
    ]);
  });

  it("refuses an advisors.csv row for nobody, and an advisor who is not on the staff", () => {
    const advisors = csv(
      "studentSourcedId,advisorEmail",
      "s9,mei@school.test",
      "s2,ghost@school.test",
    );
    const result = validateRoster(
      readOneRoster({ users, classes, enrollments, advisors }),
      settings,
    );
    expect(result.ok || result.problems.map(formatProblem)).toEqual([
      'advisors.csv row 2, student ID "s9": no such student in users.csv',
      'advisors.csv row 3, advisor email "ghost@school.test": not a staff member with the advisor role',
    ]);
  });

  it("takes them from a chosen course standing in for homeroom, which stays a class", () => {
    const { roster } = validated({ users, classes, enrollments }, { homeroomCourse: "advisory 6" });
    expect(roster.students.map((s) => s.advisorEmail)).toEqual(["kofi@school.test", ""]);
    expect(roster.classes.map((c) => c.id)).toEqual(["c1", "c2"]);
    const byId = validated({ users, classes, enrollments }, { homeroomCourse: "c1" });
    expect(byId.roster.students.map((s) => s.advisorEmail)).toEqual([
      "mei@school.test",
      "mei@school.test",
    ]);
  });
});

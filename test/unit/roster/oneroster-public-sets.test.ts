/*
 * What OneRoster sets published by others hold, one test per kind, from small files written here:
 * a class with no teacher, a manifest naming files Confer does not read, an identifier that cannot
 * be a Student ID, 1.2's preferredGivenName, the Japan Profile's grade codes, a teacher with no
 * email, a teacher listed once per school under one email.
 */
import { formatProblem, importRoster, type Roster } from "../../../src/domain/roster";

const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };
const empty: Roster = { students: [], staff: [], classes: [] };

const csv = (...rows: string[]) => `${rows.join("\n")}\n`;

const USERS = csv(
  "sourcedId,status,role,givenName,familyName,identifier,email,grades",
  "t1,active,teacher,Mei,Li,,mei@school.test,",
  "s1,active,student,Ana,Ruiz,S1,ana@students.school.test,06",
  "s2,active,student,Ben,Ode,S2,ben@students.school.test,07",
);
const CLASSES = csv(
  "sourcedId,status,title,grades,classType,periods",
  "c1,active,Math,06,scheduled,1",
  "c2,active,Art,07,scheduled,2",
  "c3,active,Study Hall,07,scheduled,3",
);
const ENROLLMENTS = csv(
  "sourcedId,status,classSourcedId,userSourcedId,role,primary",
  "e1,active,c1,t1,teacher,true",
  "e2,active,c1,s1,student,false",
  "e3,active,c2,s1,student,false",
  "e4,active,c2,s2,student,false",
);

function imported(files: Partial<Record<string, string>>) {
  return importRoster(
    {
      format: "oneroster",
      users: USERS,
      classes: CLASSES,
      enrollments: ENROLLMENTS,
      ...files,
    },
    settings,
    empty,
  );
}

describe("OneRoster sets as others publish them", () => {
  it("leaves out a class no teacher is enrolled in, with a warning naming it and its enrollments", () => {
    const outcome = imported({});
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.classes.map((c) => c.id)).toEqual(["c1"]);
    expect(outcome.roster.students.map((s) => s.id)).toEqual(["S1", "S2"]);
    expect(outcome.warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([
        "classes.csv row 3 (Art, sourcedId c2), teacher enrollment: no teacher enrolled: left out (with 2 student enrollments), as every class in Confer has a teacher",
        "classes.csv row 4 (Study Hall, sourcedId c3), teacher enrollment: no teacher enrolled: left out, as every class in Confer has a teacher",
      ]),
    );
  });

  it("reads a manifest that gives files Confer does not read no mode or one of their own, and still refuses an unknown mode for a file it reads", () => {
    const manifest = (usersMode: string) =>
      csv(
        "propertyName,value",
        "manifest.version,1.0",
        "oneroster.version,1.2",
        `file.users,${usersMode}`,
        "file.classes,bulk",
        "file.enrollments,bulk",
        "file.scoreScales,",
        "file.userResources,",
        "file.lineItems,none",
        "file.roles,",
      );
    const outcome = imported({ manifest: manifest("bulk") });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students).toHaveLength(2);
    const refused = imported({ manifest: manifest("everything") });
    expect(refused.ok ? [] : refused.messages).toEqual([
      'manifest.csv row 4, value "everything": not a file mode (use bulk, delta or absent) for file.users',
    ]);
  });

  it("uses the sourcedId as the Student ID when the identifier cannot be one, with a warning, and refuses when neither can", () => {
    const users = csv(
      "sourcedId,status,role,givenName,familyName,identifier,email,grades",
      "t1,active,teacher,Mei,Li,staff badge 9,mei@school.test,",
      "s1,active,student,Ana,Ruiz,student number 1,ana@students.school.test,06",
      "s2,active,student,Ben,Ode,S2,ben@students.school.test,07",
    );
    const outcome = imported({ users });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => s.id)).toEqual(["s1", "S2"]);
    expect(outcome.roster.classes[0]?.studentIds).toEqual(["s1"]);
    expect(outcome.warnings.map(formatProblem)).toContain(
      'users.csv row 3 (Ana Ruiz, sourcedId s1), identifier "student number 1": not usable as a Student ID (an ID may hold only letters, digits and . _ : - (at most 64)): their sourcedId "s1" is used instead',
    );
    const neither = csv(
      "sourcedId,status,role,givenName,familyName,identifier,email,grades",
      "t1,active,teacher,Mei,Li,,mei@school.test,",
      "s 1,active,student,Ana,Ruiz,student number 1,ana@students.school.test,06",
    );
    const refused = imported({
      users: neither,
      enrollments: csv("classSourcedId,userSourcedId,role", "c1,t1,teacher"),
    });
    expect(refused.ok ? [] : refused.messages).toEqual([
      'users.csv row 3 (Ana Ruiz, sourcedId s 1), identifier "student number 1": an ID may hold only letters, digits and . _ : - (at most 64)',
    ]);
  });

  it("reads OneRoster 1.2's preferredGivenName as the preferred name, before preferredFirstName", () => {
    const users = csv(
      "sourcedId,status,role,givenName,familyName,identifier,email,grades,userMasterIdentifier,preferredGivenName,preferredFirstName,pronouns",
      "t1,active,teacher,Mei,Li,,mei@school.test,,,,,",
      "s1,active,student,Anabel,Ruiz,S1,ana@students.school.test,06,M-1,Ana,Belle,she/her",
      "s2,active,student,Benjamin,Ode,S2,ben@students.school.test,07,,,Ben,",
    );
    const outcome = imported({ users });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => s.preferredName)).toEqual(["Ana", "Ben"]);
  });

  it("reads the Japan Profile's grade codes (P1-P6, J1-J3, H1-H3) as grades 1 to 12, with UTF-8 names", () => {
    const users = csv(
      "sourcedId,status,enabledUser,role,givenName,familyName,email,grades,metadata.jp.kanaGivenName,metadata.jp.kanaFamilyName",
      "t1,active,true,teacher,進,田中,tanaka@school.test,,ススム,タナカ",
      's1,active,true,student,太郎,山田,yamada@school.test,"P3",タロウ,ヤマダ',
      "s2,active,true,student,花子,佐藤,sato@school.test,J1,ハナコ,サトウ",
      "s3,active,true,student,次郎,鈴木,suzuki@school.test,H2,ジロウ,スズキ",
      "s4,active,true,student,三郎,高橋,takahashi@school.test,J4,サブロウ,タカハシ",
    );
    const enrollments = csv(
      "sourcedId,status,classSourcedId,userSourcedId,role,primary",
      "e1,active,c1,t1,teacher,true",
      "e2,active,c1,s1,student,false",
    );
    const outcome = imported({ users, enrollments, classes: csv("sourcedId,title", "c1,数学A") });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.familyName, s.grade])).toEqual([
      ["山田", "3"],
      ["佐藤", "7"],
      ["鈴木", "11"],
      ["高橋", ""],
    ]);
    expect(outcome.addedGrades).toEqual(["3", "11"]);
    expect(outcome.warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([
        `users.csv row 3 (太郎 山田, sourcedId s1), grades "P3": not one of the school's grades (6, 7, 8): added to Settings as 3`,
        `users.csv row 5 (次郎 鈴木, sourcedId s3), grades "H2": not one of the school's grades (6, 7, 8): added to Settings as 11`,
        'users.csv row 6 (三郎 高橋, sourcedId s4), grades "J4": not a grade Confer knows (use K, PK, TK or 1 to 99): imported without a grade',
      ]),
    );
  });

  it("leaves out a teacher with no email, with a warning, and a class only they teach; a co-teacher with an email teaches theirs", () => {
    const users = csv(
      "sourcedId,status,role,username,givenName,familyName,identifier,email,grades",
      "t1,active,teacher,mli,Mei,Li,,,",
      "t2,active,teacher,jo,Jo,Park,,jo@school.test,",
      "s1,active,student,aruiz,Ana,Ruiz,S1,ana@students.school.test,06",
    );
    const classes = csv(
      "sourcedId,status,title,classType",
      "c1,active,Math,scheduled",
      "c2,active,Art,scheduled",
      "hr,active,Homeroom,homeroom",
    );
    const enrollments = csv(
      "classSourcedId,userSourcedId,role,primary",
      "c1,t1,teacher,true",
      "c1,s1,student,false",
      "c2,t1,teacher,true",
      "c2,t2,teacher,false",
      "c2,s1,student,false",
      "hr,t1,teacher,true",
      "hr,s1,student,false",
    );
    const outcome = imported({ users, classes, enrollments });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.staff.map((m) => m.email)).toEqual(["jo@school.test"]);
    expect(outcome.roster.classes.map((c) => [c.id, c.teacherEmail])).toEqual([
      ["c2", "jo@school.test"],
    ]);
    expect(outcome.needsAdvisor).toHaveLength(1);
    expect(outcome.warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([
        "users.csv row 2 (Mei Li, sourcedId t1), email: no email: left out, as Confer knows staff by their email address (a class they alone teach is left out too)",
        "classes.csv row 2 (Math, sourcedId c1), teacher enrollment: no teacher with an email enrolled: left out (with 1 student enrollment), as every class in Confer has a teacher",
      ]),
    );
  });

  it("reads tab-separated files, as some systems write them and as cells pasted from a sheet arrive", () => {
    const tabbed = (text: string) => text.replace(/,/g, "\t");
    const outcome = imported({
      users: tabbed(USERS),
      classes: tabbed(CLASSES),
      enrollments: tabbed(ENROLLMENTS),
    });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students.map((s) => [s.id, s.grade])).toEqual([
      ["S1", "6"],
      ["S2", "7"],
    ]);
    expect(outcome.roster.classes.map((c) => c.id)).toEqual(["c1"]);
  });

  it("leaves out an enrollment in no class (a school's or a term's), with a warning, and still refuses one naming a class nobody lists", () => {
    const schoolWide = `${ENROLLMENTS}e5,active,,t1,teacher,true\n`;
    const outcome = imported({ enrollments: schoolWide });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.classes.map((c) => c.id)).toEqual(["c1"]);
    expect(outcome.warnings.map(formatProblem)).toContain(
      "enrollments.csv row 6 (Mei Li, sourcedId t1), classSourcedId: no class (an enrollment in a school or term): Confer keeps class enrollments only, so it is left out",
    );
    const refused = imported({ enrollments: `${ENROLLMENTS}e5,active,school-1,t1,teacher,true\n` });
    expect(refused.ok ? [] : refused.messages).toEqual([
      'enrollments.csv row 6 (sourcedId e5), classSourcedId "school-1": no such class in classes.csv',
    ]);
  });

  it("keeps a student in a class when a delta ends one of their enrollments in it and lists another, active", () => {
    const first = imported({});
    if (!first.ok) throw new Error(first.messages.join("\n"));
    const delta = importRoster(
      {
        format: "oneroster",
        manifest: csv("propertyName,value", "file.users,delta", "file.enrollments,delta"),
        users: "",
        classes: "",
        enrollments: csv(
          "sourcedId,status,classSourcedId,userSourcedId,role",
          "e2-again,active,c1,S2,student",
          "e2-withdrawn,tobedeleted,c1,S2,student",
          "e2,tobedeleted,c1,S1,student",
        ),
      },
      settings,
      first.roster,
    );
    if (!delta.ok) throw new Error(delta.messages.join("\n"));
    expect(delta.roster.classes.map((c) => [c.id, c.studentIds])).toEqual([["c1", ["S2"]]]);
  });

  it("reads a teacher listed once per school under one email as one staff member teaching both rows' classes", () => {
    const outcome = imported({
      users: csv(
        "sourcedId,status,role,givenName,familyName,identifier,email,grades",
        "t1,active,teacher,Mei,Li,,mei@school.test,",
        "t1-north,active,teacher,Mei,Li,,Mei@School.test,",
        "s1,active,student,Ana,Ruiz,S1,ana@students.school.test,06",
        "s2,active,student,Ben,Ode,S2,ben@students.school.test,07",
      ),
      enrollments: csv(
        "sourcedId,status,classSourcedId,userSourcedId,role,primary",
        "e1,active,c1,t1,teacher,true",
        "e2,active,c1,s1,student,false",
        "e3,active,c2,t1-north,teacher,true",
        "e4,active,c2,s2,student,false",
      ),
    });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.staff.map((m) => m.email)).toEqual(["mei@school.test"]);
    expect(outcome.roster.classes.map((c) => [c.id, c.teacherEmail])).toEqual([
      ["c1", "mei@school.test"],
      ["c2", "mei@school.test"],
    ]);
    expect(outcome.warnings.map(formatProblem)).toContain(
      'users.csv row 3 (Mei Li, sourcedId t1-north), email "Mei@School.test": the same email as users.csv row 2: read as one staff member, teaching both rows\' classes',
    );
  });
});

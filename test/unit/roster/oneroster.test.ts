/* OneRoster 1.1: guardians linked from either side, homeroom advisors, tobedeleted rows. */
import { formatProblem, readOneRoster, validateRoster } from "../../../src/domain/roster";

const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };

const lines = (...rows: string[]) => `${rows.join("\r\n")}\r\n`;

const USERS_HEADER =
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,metadata.preferredName,metadata.language,metadata.relationship";
const user = (f: {
  id: string;
  status?: string;
  role: string;
  given: string;
  family: string;
  identifier?: string;
  email: string;
  agents?: string;
  grades?: string;
  preferred?: string;
  language?: string;
  relationship?: string;
}) =>
  [
    f.id,
    f.status ?? "active",
    "2026-08-01",
    "true",
    "org1",
    f.role,
    "",
    "",
    f.given,
    f.family,
    "",
    f.identifier ?? "",
    f.email,
    "",
    "",
    f.agents ?? "",
    f.grades ?? "",
    "",
    f.preferred ?? "",
    f.language ?? "",
    f.relationship ?? "",
  ].join(",");

const users = lines(
  USERS_HEADER,
  user({ id: "t1", role: "teacher", given: "Mei", family: "Li", email: "Mei.Li@School.test" }),
  user({ id: "t2", role: "teacher", given: "Chidi", family: "Ode", email: "chidi@school.test" }),
  user({
    id: "s1",
    role: "student",
    given: "Zoë",
    family: "O'Brien",
    identifier: "S-100",
    email: "zoe@students.school.test",
    agents: '"p1,p2"',
    grades: "06",
    preferred: "Zo",
  }),
  user({
    id: "s2",
    role: "student",
    given: "José",
    family: "García-Núñez",
    email: "jose@students.school.test",
    grades: "07",
  }),
  user({
    id: "p1",
    role: "parent",
    given: "María",
    family: "O'Brien",
    email: "maria@mail.test",
    language: "es",
    relationship: "Mother",
  }),
  user({
    id: "p2",
    role: "guardian",
    given: "Seán",
    family: "O'Brien",
    email: "sean@mail.test",
    agents: "s1",
  }),
  user({
    id: "p3",
    role: "relative",
    given: "Rosa",
    family: "García",
    email: "rosa@mail.test",
    agents: "s2",
    language: "pt-br",
  }),
  user({
    id: "s3",
    status: "tobedeleted",
    role: "student",
    given: "Old",
    family: "Kid",
    identifier: "S-300",
    email: "old@students.school.test",
    grades: "08",
  }),
  user({
    id: "p4",
    status: "tobedeleted",
    role: "parent",
    given: "Gone",
    family: "Parent",
    email: "gone@mail.test",
    agents: "s2",
  }),
  user({ id: "t3", role: "teacher", given: "Ana", family: "Ruiz", email: "ana@school.test" }),
);

const classes = lines(
  "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
  "hr1,active,,Homeroom Li,06,,HR1,homeroom,,sch1,,,,",
  "hr2,active,,Homeroom Ruiz,07,,HR2,homeroom,,sch1,,,,",
  'c1,active,,"Math, Grade 6",06,crs1,M6,scheduled,Room 4,sch1,term1,Math,,"1,2"',
  "c2,tobedeleted,,Old Class,06,crs2,OLD,scheduled,,sch1,term1,,,4",
  "c3,active,,Science,07,crs3,SC7,scheduled,,sch1,term1,,,3",
);

const enrollments = lines(
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
  "e1,active,,hr1,sch1,t1,teacher,true,,",
  "e2,active,,hr1,sch1,s1,student,false,,",
  "e3,active,,hr2,sch1,t3,teacher,true,,",
  "e4,active,,hr2,sch1,s2,student,false,,",
  "e5,active,,c1,sch1,t2,teacher,true,,",
  "e6,active,,c1,sch1,s1,student,false,,",
  "e7,active,,c1,sch1,s2,student,false,,",
  "e8,active,,c1,sch1,s3,student,false,,",
  "e9,active,,c2,sch1,s1,student,false,,",
  "e10,tobedeleted,,c3,sch1,s1,student,false,,",
  "e11,active,,c3,sch1,t2,teacher,false,,",
  "e12,active,,c3,sch1,t1,teacher,true,,",
  "e13,active,,c3,sch1,s2,student,false,,",
);

describe("readOneRoster", () => {
  const parsed = readOneRoster({ users, classes, enrollments });

  it("reads students, guardians, staff and classes with no problems", () => {
    expect(parsed.problems).toEqual([]);
    expect(validateRoster(parsed, settings)).toEqual({
      ok: true,
      roster: {
        students: [
          {
            id: "S-100",
            givenName: "Zoë",
            familyName: "O'Brien",
            preferredName: "Zo",
            email: "zoe@students.school.test",
            grade: "6",
            advisorEmail: "mei.li@school.test",
            guardians: [
              {
                name: "María O'Brien",
                email: "maria@mail.test",
                language: "es",
                relationship: "Mother",
              },
              {
                name: "Seán O'Brien",
                email: "sean@mail.test",
                language: "en",
                relationship: "Guardian",
              },
            ],
            active: true,
          },
          {
            id: "s2",
            givenName: "José",
            familyName: "García-Núñez",
            preferredName: "",
            email: "jose@students.school.test",
            grade: "7",
            advisorEmail: "ana@school.test",
            guardians: [
              {
                name: "Rosa García",
                email: "rosa@mail.test",
                language: "pt-BR",
                relationship: "Relative",
              },
            ],
            active: true,
          },
        ],
        staff: [
          { email: "mei.li@school.test", name: "Mei Li", roles: ["teacher", "advisor"] },
          { email: "chidi@school.test", name: "Chidi Ode", roles: ["teacher"] },
          { email: "ana@school.test", name: "Ana Ruiz", roles: ["teacher", "advisor"] },
        ],
        classes: [
          {
            id: "c1",
            course: "Math, Grade 6",
            period: "1",
            grade: "6",
            teacherEmail: "chidi@school.test",
            studentIds: ["S-100", "s2"],
          },
          {
            id: "c3",
            course: "Science",
            period: "3",
            grade: "7",
            teacherEmail: "mei.li@school.test",
            studentIds: ["s2"],
          },
        ],
      },
      warnings: [],
      addedGrades: [],
    });
  });

  it("links a guardian named on both sides once, and one named on either side alone", () => {
    const [zoe, jose] = parsed.roster.students;
    expect(zoe?.guardians.map((g) => g.email)).toEqual(["maria@mail.test", "sean@mail.test"]);
    expect(jose?.guardians.map((g) => g.email)).toEqual(["rosa@mail.test"]);
  });

  it("treats tobedeleted users, classes and enrollments as gone", () => {
    expect(parsed.roster.students.map((s) => s.id)).not.toContain("S-300");
    expect(parsed.roster.classes.map((c) => c.id)).toEqual(["c1", "c3"]);
    expect(parsed.roster.students[1]?.guardians.map((g) => g.name)).not.toContain("Gone Parent");
  });

  it("points each problem at the row to fix", () => {
    const broken = readOneRoster({
      users: lines(
        USERS_HEADER,
        user({ id: "t1", role: "teacher", given: "Mei", family: "Li", email: "mei@school.test" }),
        user({
          id: "s1",
          role: "student",
          given: "Ana",
          family: "Lopez",
          identifier: "S1",
          email: "ana@students.school.test",
          agents: '"p1,p9"',
          grades: "6",
        }),
        user({ id: "p1", role: "parent", given: "Luz", family: "Lopez", email: "" }),
      ),
      classes: lines(
        "sourcedId,status,title,grades,classType,periods",
        "c1,active,Math,6,scheduled,1",
      ),
      enrollments: lines(
        "sourcedId,status,classSourcedId,userSourcedId,role,primary",
        "e1,active,c1,s1,student,false",
        "e2,active,c1,zz,student,false",
        "e3,active,c9,s1,student,false",
      ),
    });
    const result = validateRoster(broken, settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.warnings.map(formatProblem)).toEqual([
      "users.csv row 3 (Ana Lopez, sourcedId s1), homeroom teacher: needs an advisor: imported without one",
      "users.csv row 4 (Luz Lopez, sourcedId p1), email: no email: kept, but gets no drafts",
      "classes.csv row 2 (Math, sourcedId c1), teacher enrollment: no teacher enrolled: left out (with 1 student enrollment), as every class in Confer has a teacher",
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'users.csv row 3 (Ana Lopez, sourcedId s1), agentSourcedIds "p9": no such user in users.csv',
      'enrollments.csv row 3 (sourcedId e2), userSourcedId "zz": no such user in users.csv',
      'enrollments.csv row 4 (sourcedId e3), classSourcedId "c9": no such class in classes.csv',
    ]);
  });

  it("reports a missing users.csv column, and classes and enrollments with no rows, and reads nothing", () => {
    const result = readOneRoster({
      users: "sourcedId,givenName,familyName,email\n",
      classes: "sourcedId,title,classType\n",
      enrollments: "classSourcedId,userSourcedId,role\n",
    });
    expect(result.roster.students).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([
      "users.csv row 1, role: this column is missing from the header row",
      "classes.csv: no rows under the header",
      "enrollments.csv: no rows under the header",
    ]);
  });

  it("names the person on each users.csv problem, and the class or enrollment elsewhere", () => {
    const parsed = readOneRoster({
      users: lines(
        USERS_HEADER,
        user({ id: "t1", role: "teacher", given: "Mei", family: "Li", email: "mei@school.test" }),
        user({
          id: "s1",
          role: "student",
          given: "Valentina",
          family: "Chen",
          identifier: "S1",
          email: "v@students.school.test",
          agents: "g-36",
          grades: "6",
        }),
        user({ id: "g-36", role: "guardian", given: "Ana", family: "Chen", email: "" }),
        user({ id: "g-36", role: "guardian", given: "Ana", family: "Again", email: "a@mail.test" }),
      ),
      classes: lines(
        "sourcedId,status,title,grades,classType,periods",
        "h1,active,Homeroom 6A,6,homeroom,",
        "c1,active,Math,6,scheduled,1",
      ),
      enrollments: lines(
        "sourcedId,status,classSourcedId,userSourcedId,role,primary",
        "e1,active,h1,t1,teacher,true",
        "e2,active,h1,s1,student,false",
        "e3,active,c1,t1,student,false",
      ),
    });
    const result = validateRoster(parsed, settings);
    expect(result.ok || result.problems.map(formatProblem)).toEqual([
      'users.csv row 5 (Ana Again, sourcedId g-36), sourcedId "g-36": duplicate sourcedId: also on row 4',
      'enrollments.csv row 4 (Mei Li, sourcedId t1), userSourcedId "t1": enrolled as a student, but users.csv gives the role "teacher"',
    ]);
  });
});

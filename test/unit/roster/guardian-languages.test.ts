/*
 * A OneRoster guardian's language: from the guardian's row, else the student's (home language),
 * else languages.csv, else the school default; a value that is no language code is a warning and
 * the next source is used; a bad languages.csv row is a problem naming file, row, field and value.
 */
import { formatProblem, importRoster, type Roster } from "../../../src/domain/roster";

const settings = { grades: ["6"], defaultLanguage: "en" };
const empty: Roster = { students: [], staff: [], classes: [] };
const csv = (...rows: string[]) => `${rows.join("\n")}\n`;

const CLASSES = csv(
  "sourcedId,status,title,grades,classType,periods",
  "hr,active,Homeroom,06,homeroom,",
);
const ENROLLMENTS = csv(
  "sourcedId,status,classSourcedId,userSourcedId,role,primary",
  "e1,active,hr,t1,teacher,true",
  "e2,active,hr,s1,student,false",
  "e3,active,hr,s2,student,false",
  "e4,active,hr,s3,student,false",
  "e5,active,hr,s4,student,false",
);

/** Four students, each with one guardian; `student` and `guardian` are their language cells. */
function users(languages: { student: string; guardian: string }[]): string {
  return csv(
    "sourcedId,role,givenName,familyName,email,agentSourcedIds,grades,metadata.language",
    "t1,teacher,Mei,Li,mei@school.test,,,",
    ...languages.flatMap((l, i) => [
      `s${i + 1},student,Kid${i + 1},Ruiz,s${i + 1}@students.school.test,p${i + 1},6,${l.student}`,
      `p${i + 1},parent,Parent${i + 1},Ruiz,p${i + 1}@mail.test,,,${l.guardian}`,
    ]),
  );
}

function imported(files: { users: string; languages?: string }) {
  const outcome = importRoster(
    { format: "oneroster", classes: CLASSES, enrollments: ENROLLMENTS, ...files },
    settings,
    empty,
  );
  return outcome;
}

const languagesOf = (outcome: ReturnType<typeof imported>) => {
  if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
  return outcome.roster.students.map((s) => s.guardians[0]!.language);
};

describe("a OneRoster guardian's language", () => {
  it("comes from the guardian's row, else the student's, else languages.csv, else the default", () => {
    const outcome = imported({
      users: users([
        { student: "fr", guardian: "es" },
        { student: "PT_br", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
      ]),
      languages: csv("SourcedId,LANGUAGE", "p3,vi", "s1,de"),
    });
    expect(languagesOf(outcome)).toEqual(["es", "pt-BR", "vi", "en"]);
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.warnings).toEqual([]);
    expect(outcome.languages).toEqual([
      { language: "en", total: 1, from: { default: 1 } },
      { language: "es", total: 1, from: { guardian: 1 } },
      { language: "pt-BR", total: 1, from: { student: 1 } },
      { language: "vi", total: 1, from: { languages: 1 } },
    ]);
  });

  it("reads languages.csv by a student's sourcedId when the guardian has no row there", () => {
    const outcome = imported({
      users: users([
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
      ]),
      languages: csv("sourcedId,language", "s2,so", "p2,ar", "s4,am"),
    });
    expect(languagesOf(outcome)).toEqual(["en", "ar", "en", "am"]);
  });

  it("warns about a value that is no language code, naming row, column and value, and uses the next source", () => {
    const outcome = imported({
      users: users([
        { student: "fr", guardian: "Spanish" },
        { student: "??", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
      ]),
      languages: csv("sourcedId,language", "s2,so"),
    });
    expect(languagesOf(outcome)).toEqual(["fr", "so", "en", "en"]);
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.warnings.map(formatProblem)).toEqual([
      `users.csv row 4 (Parent1 Ruiz, sourcedId p1), metadata.language "Spanish": not a language code (use a code such as en, es, pt-BR): the student's row is used instead`,
      `users.csv row 5 (Kid2 Ruiz, sourcedId s2), metadata.language "??": not a language code (use a code such as en, es, pt-BR): languages.csv is used instead`,
    ]);
    expect(outcome.languages).toContainEqual({ language: "fr", total: 1, from: { student: 1 } });
  });

  it("refuses a languages.csv row that is missing, unknown, listed twice, a teacher's, or no language code", () => {
    const outcome = imported({
      users: users([
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
      ]),
      languages: csv(
        "sourcedId,language",
        ",es",
        "p9,es",
        "p1,es",
        "p1,fr",
        "t1,zh",
        "p2,",
        "p3,Klingon!",
      ),
    });
    if (outcome.ok) throw new Error("expected a refusal");
    expect(outcome.messages).toEqual([
      `languages.csv row 2, sourcedId: missing`,
      `languages.csv row 3, sourcedId "p9": no such user in users.csv`,
      `languages.csv row 5 (Parent1 Ruiz, sourcedId p1), sourcedId "p1": listed twice: also on row 4`,
      `languages.csv row 6 (Mei Li, sourcedId t1), sourcedId "t1": a teacher: only guardians' and students' languages are read`,
      `languages.csv row 7 (Parent2 Ruiz, sourcedId p2), language: missing`,
      `languages.csv row 8 (Parent3 Ruiz, sourcedId p3), language "Klingon!": not a language code (use a code such as en, es, pt-BR)`,
    ]);
  });

  it("refuses a languages.csv whose header lacks its columns", () => {
    const outcome = imported({
      users: users([
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
        { student: "", guardian: "" },
      ]),
      languages: csv("student,lang", "s1,es"),
    });
    if (outcome.ok) throw new Error("expected a refusal");
    expect(outcome.messages).toEqual([
      "languages.csv row 1: the header needs a sourcedId column (a guardian's or a student's) and a language column",
    ]);
  });
});

/*
 * Deterministic OneRoster 1.1 CSV sets of any size, for tests and the benchmark: students with
 * one or two guardians (linked from either side), a homeroom per teacher, six scheduled classes
 * per student, and names with accents, apostrophes and hyphens.
 */

export interface OneRosterSetOptions {
  readonly students: number;
  /** "1.2" moves each user's role out of users.csv into roles.csv. */
  readonly version?: "1.1" | "1.2";
  /**
   * "mixed": by student number mod 4, guardians' languages on the guardian's row, on the
   * student's row only, in languages.csv only (by the guardian's sourcedId), or nowhere.
   */
  readonly languages?: "guardian" | "mixed";
}

export interface GeneratedOneRoster {
  readonly files: {
    readonly users: string;
    readonly classes: string;
    readonly enrollments: string;
    readonly roles?: string;
    readonly languages?: string;
  };
  readonly settings: { readonly grades: string[]; readonly defaultLanguage: string };
  readonly counts: {
    readonly students: number;
    readonly guardians: number;
    readonly teachers: number;
    readonly scheduledClasses: number;
    readonly homerooms: number;
    readonly enrollments: number;
  };
}

const GIVEN = [
  "Zoë",
  "José",
  "Renée",
  "Siobhán",
  "Björn",
  "Ana-María",
  "Jean-Luc",
  "Łukasz",
  "Søren",
  "Maëlle",
  "D'Shawn",
  "Amara",
  "Nguyễn Minh",
  "Chloé",
];
const FAMILY = [
  "O'Brien",
  "García",
  "Smith-Jones",
  "Núñez",
  "D'Angelo",
  "Müller",
  "Nguyễn",
  "Lefèvre",
  "MacDonald-Ruiz",
  "Çelik",
  "Åberg",
  "Kowalczyk",
];
const LANGUAGES = ["en", "es", "pt-BR", "zh-CN", "vi", "ar", "", "fr"];
const RELATIONSHIPS = ["Mother", "Father", "Grandmother", "Guardian"];
const COURSES = ["Math", "English", "Science", "History", "Art", "Spanish"];
const GRADES = ["06", "07", "08"];
const PERIODS = 6;

const USER_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "enabledUser",
  "orgSourcedIds",
  "role",
  "username",
  "userIds",
  "givenName",
  "familyName",
  "middleName",
  "identifier",
  "email",
  "sms",
  "phone",
  "agentSourcedIds",
  "grades",
  "password",
  "metadata.preferredName",
  "metadata.language",
  "metadata.relationship",
];
const CLASS_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "title",
  "grades",
  "courseSourcedId",
  "classCode",
  "classType",
  "location",
  "schoolSourcedId",
  "termSourcedIds",
  "subjects",
  "subjectCodes",
  "periods",
];
const ENROLLMENT_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "classSourcedId",
  "schoolSourcedId",
  "userSourcedId",
  "role",
  "primary",
  "beginDate",
  "endDate",
];

/** One CSV line, quoting fields that hold a comma, a quote or a line break. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
}

function csv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [csvLine(header), ...rows.map((row) => csvLine(header.map((h) => row[h] ?? "")))];
  return `${lines.join("\r\n")}\r\n`;
}

const pad = (n: number) => String(n).padStart(4, "0");
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** A OneRoster set with `students` students, in the proportions of a real middle school. */
const ROLE_HEADER = [
  "sourcedId",
  "status",
  "dateLastModified",
  "userSourcedId",
  "roleType",
  "role",
  "orgSourcedId",
];

/** The language a "mixed" set gives student `s`'s guardians, and from where. */
export function mixedLanguage(s: number): { language: string; from: string } {
  const from = ["guardian", "student", "languages", "default"][s % 4]!;
  return { language: from === "default" ? "" : pick(["es", "vi", "so"], s), from };
}

export function generateOneRoster({
  students,
  version = "1.1",
  languages = "guardian",
}: OneRosterSetOptions): GeneratedOneRoster {
  const languageRows: Record<string, string>[] = [];
  const teachers = Math.max(3, Math.round(students / 20));
  const scheduled = Math.max(GRADES.length * PERIODS, Math.round(students / 2) - teachers);
  const users: Record<string, string>[] = [];
  const classes: Record<string, string>[] = [];
  const enrollments: Record<string, string>[] = [];
  const enrol = (classId: string, userId: string, role: string) =>
    enrollments.push({
      sourcedId: `enr-${enrollments.length + 1}`,
      status: "active",
      classSourcedId: classId,
      schoolSourcedId: "school-1",
      userSourcedId: userId,
      role,
      primary: role === "teacher" ? "true" : "false",
    });

  for (let t = 0; t < teachers; t++) {
    users.push({
      sourcedId: `tch-${pad(t)}`,
      status: "active",
      enabledUser: "true",
      role: "teacher",
      givenName: pick(GIVEN, t + 3),
      familyName: pick(FAMILY, t + 5),
      identifier: `T${pad(t)}`,
      email: t % 7 === 0 ? `Teacher${t}@School.test` : `teacher${t}@school.test`,
    });
    classes.push({
      sourcedId: `hr-${pad(t)}`,
      status: "active",
      title: `Homeroom ${t}`,
      grades: pick(GRADES, t),
      classType: "homeroom",
      schoolSourcedId: "school-1",
    });
    enrol(`hr-${pad(t)}`, `tch-${pad(t)}`, "teacher");
  }

  const pools = new Map<string, string[]>();
  for (let c = 0; c < scheduled; c++) {
    const grade = pick(GRADES, c);
    const period = String((Math.floor(c / GRADES.length) % PERIODS) + 1);
    const id = `cls-${pad(c)}`;
    classes.push({
      sourcedId: id,
      status: "active",
      title: `${pick(COURSES, Math.floor(c / GRADES.length))}, Grade ${Number(grade)}`,
      grades: grade,
      classCode: `C${c}`,
      classType: "scheduled",
      schoolSourcedId: "school-1",
      periods: period,
    });
    enrol(id, `tch-${pad(c % teachers)}`, "teacher");
    const key = `${grade}/${period}`;
    pools.set(key, [...(pools.get(key) ?? []), id]);
  }

  let guardians = 0;
  for (let s = 0; s < students; s++) {
    const id = `stu-${pad(s)}`;
    const homeroom = s % teachers;
    const grade = pick(GRADES, homeroom);
    const guardianIds = s % 2 === 0 ? [`par-${pad(s)}-1`, `par-${pad(s)}-2`] : [`par-${pad(s)}-1`];
    const fromStudent = guardianIds.filter((_, k) => (s + k) % 3 !== 0);
    users.push({
      sourcedId: id,
      status: "active",
      enabledUser: "true",
      role: "student",
      givenName: pick(GIVEN, s),
      familyName: pick(FAMILY, s * 7),
      identifier: `S${pad(s)}`,
      email: `stu${s}@students.school.test`,
      agentSourcedIds: fromStudent.join(","),
      grades: grade,
      "metadata.preferredName": s % 10 === 0 ? "Zo" : "",
      "metadata.language":
        languages === "mixed" && mixedLanguage(s).from === "student"
          ? mixedLanguage(s).language
          : "",
    });
    guardianIds.forEach((gid, k) => {
      guardians++;
      if (languages === "mixed" && mixedLanguage(s).from === "languages") {
        languageRows.push({ sourcedId: gid, language: mixedLanguage(s).language });
      }
      users.push({
        sourcedId: gid,
        status: "active",
        enabledUser: "false",
        role: k === 0 ? "parent" : "guardian",
        givenName: pick(GIVEN, s + k + 1),
        familyName: pick(FAMILY, s * 7),
        email: s % 5 === 0 ? `Family${s}.${k}@Mail.test` : `family${s}.${k}@mail.test`,
        agentSourcedIds: fromStudent.includes(gid) ? "" : id,
        "metadata.language":
          languages === "guardian"
            ? pick(LANGUAGES, s + k)
            : mixedLanguage(s).from === "guardian"
              ? mixedLanguage(s).language
              : "",
        "metadata.relationship": pick(RELATIONSHIPS, s + k),
      });
    });
    enrol(`hr-${pad(homeroom)}`, id, "student");
    for (let p = 1; p <= PERIODS; p++) {
      const pool = pools.get(`${grade}/${p}`) ?? [];
      if (pool.length > 0) enrol(pick(pool, s), id, "student");
    }
  }

  return {
    files: {
      users: csv(version === "1.2" ? USER_HEADER.filter((h) => h !== "role") : USER_HEADER, users),
      classes: csv(CLASS_HEADER, classes),
      enrollments: csv(ENROLLMENT_HEADER, enrollments),
      ...(version === "1.2"
        ? {
            roles: csv(
              ROLE_HEADER,
              users.map((user, i) => ({
                sourcedId: `role-${i + 1}`,
                status: "active",
                dateLastModified: "2026-08-01T00:00:00.000Z",
                userSourcedId: user.sourcedId!,
                roleType: "primary",
                role: user.role!,
                orgSourcedId: "school-1",
              })),
            ),
          }
        : {}),
      ...(languages === "mixed" ? { languages: csv(["sourcedId", "language"], languageRows) } : {}),
    },
    settings: { grades: ["6", "7", "8"], defaultLanguage: "en" },
    counts: {
      students,
      guardians,
      teachers,
      scheduledClasses: scheduled,
      homerooms: teachers,
      enrollments: enrollments.length,
    },
  };
}

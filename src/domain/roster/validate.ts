/*
 * Checks a whole parsed roster against the school's Settings before anything is written, and
 * returns either the normalised roster or every problem, each pointing at its file, row and
 * column. A failed import therefore changes nothing. What a school can fix later (a student with
 * no advisor, email or grade, a guardian with no email, a grade Settings lacks) is a warning: the
 * roster is imported and the warnings listed; a grade Settings lacks is added to its grades.
 */
import type { Guardian, Roster, RosterSettings, SchoolClass, StaffMember, Student } from "./model";
import {
  gradeKey,
  gradeName,
  ID_RULE,
  isEmail,
  isGradeName,
  isSafeId,
  normalizeEmail,
  normalizeLanguage,
  normalizeName,
} from "./normalize";
import { type Problem, tidyProblems } from "./problem";
import {
  type ClassSource,
  type ParsedRoster,
  personField,
  type RecordSource,
  type StudentSource,
} from "./source";

export type ValidationResult =
  | {
      readonly ok: true;
      readonly roster: Roster;
      readonly warnings: readonly Problem[];
      /** Grades the roster uses that Settings did not list, in the order first met. */
      readonly addedGrades: readonly string[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly warnings: readonly Problem[];
    };

export const NEEDS_ADVISOR = "needs an advisor: imported without one";
const STAFF_EMAIL_MISSING = "missing: Confer knows staff by their email address";

interface Seen {
  readonly file: string;
  readonly line: number;
}

const where = (earlier: Seen, source: Seen) =>
  earlier.file === source.file ? `row ${earlier.line}` : `${earlier.file} row ${earlier.line}`;

class RosterValidator {
  readonly problems: Problem[];
  readonly warnings: Problem[];
  readonly addedGrades: string[] = [];
  private readonly grades = new Map<string, string>();
  private readonly staffByEmail = new Map<string, StaffMember>();
  private readonly staffSeen = new Map<string, Seen>();
  private readonly studentIds = new Map<string, Seen>();
  private readonly studentEmails = new Map<string, Seen>();
  private readonly classIds = new Map<string, Seen>();

  constructor(
    private readonly settings: RosterSettings,
    problems: readonly Problem[],
    warnings: readonly Problem[] = [],
  ) {
    this.problems = [...problems];
    this.warnings = [...warnings];
    for (const grade of settings.grades) this.grades.set(gradeKey(grade), grade.trim());
  }

  private report<F extends string>(
    source: RecordSource<F>,
    field: F,
    value: string,
    reason: string,
  ): void {
    this.problems.push({
      file: source.file,
      row: source.line,
      field: source.labels[field],
      value,
      reason,
      ...personField(source.person),
    });
  }

  private warn<F extends string>(
    source: RecordSource<F>,
    field: F,
    value: string,
    reason: string,
  ): void {
    this.warnings.push({
      file: source.file,
      row: source.line,
      field: source.labels[field],
      value,
      reason,
      ...personField(source.person),
    });
  }

  private email<F extends string>(
    source: RecordSource<F>,
    field: F,
    raw: string,
    missing = "missing",
  ): string {
    const email = normalizeEmail(raw);
    if (email === "") this.report(source, field, "", missing);
    else if (!isEmail(email)) this.report(source, field, raw.trim(), "not a valid email address");
    return email;
  }

  private required<F extends string>(source: RecordSource<F>, field: F, raw: string): string {
    const value = normalizeName(raw);
    if (value === "") this.report(source, field, "", "missing");
    return value;
  }

  /** The grade as Settings writes it; one Settings lacks is added, one that is no grade is "". */
  private grade<F extends string>(
    source: RecordSource<F>,
    field: F,
    raw: string,
    missing?: string,
    written = raw,
  ): string {
    const text = raw.trim();
    if (text === "") {
      if (missing) this.warn(source, field, "", missing);
      return "";
    }
    const grade = this.grades.get(gradeKey(text));
    if (grade !== undefined) return grade;
    const known = this.settings.grades.join(", ");
    const name = gradeName(text);
    if (!isGradeName(name)) {
      const reason = `not a grade Confer knows (use K, PK, TK or 1 to 99): imported without a grade`;
      this.warn(source, field, written.trim(), reason);
      return "";
    }
    this.grades.set(gradeKey(name), name);
    this.addedGrades.push(name);
    const added = `not one of the school's grades (${known}): added to Settings`;
    this.warn(
      source,
      field,
      written.trim(),
      written.trim() === text ? added : `${added} as ${name}`,
    );
    return name;
  }

  staffMember(member: StaffMember, source: RecordSource<"email" | "name" | "roles">) {
    const email = this.email(source, "email", member.email, STAFF_EMAIL_MISSING);
    const earlier = this.staffSeen.get(email);
    if (email !== "" && earlier) {
      this.report(source, "email", email, `duplicate email: also on ${where(earlier, source)}`);
    } else if (email !== "") {
      this.staffSeen.set(email, source);
    }
    const normalised: StaffMember = {
      ...member,
      email,
      name: this.required(source, "name", member.name),
      roles: [...new Set(member.roles)],
    };
    if (email !== "" && !earlier) this.staffByEmail.set(email, normalised);
    return normalised;
  }

  private guardian(guardian: Guardian, source: RecordSource<keyof Guardian>): Guardian {
    const email = normalizeEmail(guardian.email);
    if (email === "") this.warn(source, "email", "", "no email: kept, but gets no drafts");
    else if (!isEmail(email)) {
      this.report(source, "email", guardian.email.trim(), "not a valid email address");
    }
    let language = this.settings.defaultLanguage;
    if (guardian.language.trim() !== "") {
      const code = normalizeLanguage(guardian.language);
      if (code === null) {
        const reason = "not a language code (use a code such as en, es, pt-BR)";
        this.report(source, "language", guardian.language.trim(), reason);
      }
      language = code ?? guardian.language.trim();
    }
    return {
      ...guardian,
      name: normalizeName(guardian.name),
      email,
      language,
      relationship: normalizeName(guardian.relationship),
    };
  }

  private advisor(raw: string, source: RecordSource<"advisorEmail">): string {
    if (normalizeEmail(raw) === "") {
      this.warn(source, "advisorEmail", "", NEEDS_ADVISOR);
      return "";
    }
    const email = this.email(source, "advisorEmail", raw);
    if (!isEmail(email)) return email;
    const member = this.staffByEmail.get(email);
    if (!member) {
      this.report(source, "advisorEmail", email, "not a staff member with the advisor role");
    } else if (!member.roles.includes("advisor")) {
      const reason = "a staff member, but without the advisor role";
      this.report(source, "advisorEmail", email, reason);
    }
    return email;
  }

  student(student: Student, source: StudentSource): Student {
    const id = student.id.trim();
    if (id === "") this.report(source, "id", "", "missing");
    else if (!isSafeId(id)) this.report(source, "id", id, ID_RULE);
    const earlierId = this.studentIds.get(id);
    if (id !== "" && earlierId) {
      this.report(source, "id", id, `duplicate student ID: also on ${where(earlierId, source)}`);
    } else if (id !== "") this.studentIds.set(id, source);

    const email = normalizeEmail(student.email);
    if (email === "") {
      this.warn(source, "email", "", "no email: imported; their doc is shared once they have one");
    } else if (!isEmail(email)) {
      this.report(source, "email", student.email.trim(), "not a valid email address");
    }
    const earlierEmail = this.studentEmails.get(email);
    const staff = this.staffSeen.get(email);
    if (email !== "" && earlierEmail) {
      this.report(
        source,
        "email",
        email,
        `duplicate email: also on ${where(earlierEmail, source)}`,
      );
    } else if (email !== "" && staff) {
      const reason = `duplicate email: also a staff member's, on ${staff.file} row ${staff.line}`;
      this.report(source, "email", email, reason);
    } else if (email !== "") this.studentEmails.set(email, source);

    const grade = this.grade(
      source,
      "grade",
      student.grade,
      "no grade: imported; comments on them wait until they have one",
      source.gradeWritten,
    );

    return {
      ...student,
      id,
      givenName: this.required(source, "givenName", student.givenName),
      familyName: this.required(source, "familyName", student.familyName),
      preferredName: normalizeName(student.preferredName),
      email,
      grade,
      advisorEmail: this.advisor(student.advisorEmail, source.advisor ?? source),
      guardians: student.guardians.map((guardian, index) =>
        this.guardian(guardian, source.guardians[index]!),
      ),
    };
  }

  schoolClass(schoolClass: SchoolClass, source: ClassSource): SchoolClass {
    const id = this.required(source, "id", schoolClass.id);
    if (id !== "" && !isSafeId(id)) this.report(source, "id", id, ID_RULE);
    const earlier = this.classIds.get(id);
    if (id !== "" && earlier) {
      this.report(source, "id", id, `duplicate class ID: also on ${where(earlier, source)}`);
    } else if (id !== "") this.classIds.set(id, source);

    const teacherSource = source.teacher ?? source;
    const missing = "missing: every class needs a teacher";
    const teacherEmail =
      source.teacher && normalizeEmail(schoolClass.teacherEmail) === ""
        ? ""
        : this.email(teacherSource, "teacherEmail", schoolClass.teacherEmail, missing);
    if (isEmail(teacherEmail) && !this.staffByEmail.has(teacherEmail)) {
      this.report(teacherSource, "teacherEmail", teacherEmail, "not a staff member");
    }
    for (const studentId of schoolClass.studentIds) {
      if (!this.studentIds.has(studentId)) {
        this.report(source, "studentIds", studentId, "not a student ID in the students file");
      }
    }
    return {
      ...schoolClass,
      id,
      course: normalizeName(schoolClass.course),
      period: schoolClass.period.trim(),
      grade: this.grade(source, "grade", schoolClass.grade),
      teacherEmail,
      studentIds: [...new Set(schoolClass.studentIds.map((s) => s.trim()))],
    };
  }
}

/** Validates and normalises the whole roster; `ok` only when nothing at all is wrong. */
export function validateRoster(parsed: ParsedRoster, settings: RosterSettings): ValidationResult {
  const { roster, sources } = parsed;
  const validator = new RosterValidator(settings, parsed.problems, parsed.warnings);
  const staff = roster.staff.map((member, i) => validator.staffMember(member, sources.staff[i]!));
  const students = roster.students.map((student, i) =>
    validator.student(student, sources.students[i]!),
  );
  const classes = roster.classes.map((schoolClass, i) =>
    validator.schoolClass(schoolClass, sources.classes[i]!),
  );
  const warnings = tidyProblems(validator.warnings, parsed.files);
  if (validator.problems.length > 0) {
    return { ok: false, problems: tidyProblems(validator.problems, parsed.files), warnings };
  }
  return {
    ok: true,
    roster: { students, staff, classes },
    warnings,
    addedGrades: validator.addedGrades,
  };
}

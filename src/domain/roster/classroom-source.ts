/*
 * Google Classroom courses (their teachers, students and the students' guardian links, as the
 * Classroom API answers them) read as a roster delta: the courses become classes, their teachers
 * staff with the teacher role, their students students, and guardian links guardians. Classroom
 * covers only the chosen courses, so the delta adds people and takes nobody away, and it renames
 * nobody: a student already on the roster (matched by email) keeps their student ID, names and
 * grade, a staff member their name. A new student gets the ID "gc-" and their Classroom user ID.
 * Classroom has no grades: a new student takes the grade the importer gave, else none (and is
 * warned about). A course chosen as homeroom makes its teacher its students' advisor.
 */
import type { Guardian, Roster, SchoolClass, StaffMember, Student } from "./model";
import { normalizeEmail } from "./normalize";
import { nameAndId } from "./problem";
import type {
  ClassSource,
  GuardianField,
  ParsedRoster,
  RecordSource,
  StaffField,
  StudentSource,
} from "./source";

/** A UserProfile as the Classroom API gives it (emailAddress needs classroom.profile.emails). */
export interface ClassroomProfile {
  readonly id?: string;
  readonly name?: {
    readonly givenName?: string;
    readonly familyName?: string;
    readonly fullName?: string;
  };
  readonly emailAddress?: string;
}

/** A Teacher or Student resource: courseId, userId and profile. */
export interface ClassroomMember {
  readonly userId: string;
  readonly profile?: ClassroomProfile;
}

export interface ClassroomGuardianLink {
  readonly studentId: string;
  readonly guardianProfile?: ClassroomProfile;
  /** Only domain administrators see it. */
  readonly invitedEmailAddress?: string;
}

export interface ClassroomCourse {
  readonly id: string;
  readonly name: string;
  readonly section?: string;
  readonly ownerId?: string;
  readonly teachers: readonly ClassroomMember[];
  readonly students: readonly ClassroomMember[];
}

export interface ClassroomUpload {
  readonly courses: readonly ClassroomCourse[];
  /** Every guardian link read, for any of the courses' students. */
  readonly guardians: readonly ClassroomGuardianLink[];
  /** The course whose teacher advises its students (by course ID). */
  readonly homeroomCourseId?: string;
  /** The grade new students take; Classroom has none. */
  readonly grade?: string;
  /**
   * Set for a teacher importing their own courses: each becomes their class, only they join the
   * staff, and students already on the roster stay exactly as they are.
   */
  readonly teacherEmail?: string;
}

export const CLASSROOM_STUDENT_PREFIX = "gc-";
export const CLASSROOM_CLASS_PREFIX = "gc-";

const fileOf = (course: ClassroomCourse) => `Google Classroom course "${course.name}"`;

const STUDENT_LABELS = {
  id: "userId",
  givenName: "name.givenName",
  familyName: "name.familyName",
  preferredName: "name",
  email: "emailAddress",
  grade: "grade",
  advisorEmail: "advisor",
} as const;
const TEACHER_LABELS: Readonly<Record<StaffField, string>> = {
  email: "teacher emailAddress",
  name: "teacher name",
  roles: "teacher",
};
const CLASS_LABELS = {
  id: "course id",
  course: "course name",
  period: "section",
  grade: "grade",
  teacherEmail: "teacher emailAddress",
  studentIds: "students",
} as const;
const guardianLabels = (n: number): Record<GuardianField, string> => ({
  name: `guardian ${n} name`,
  email: `guardian ${n} emailAddress`,
  language: `guardian ${n} language`,
  relationship: `guardian ${n} relationship`,
});

function nameOf(profile: ClassroomProfile | undefined) {
  const given = profile?.name?.givenName?.trim() ?? "";
  const family = profile?.name?.familyName?.trim() ?? "";
  const full = profile?.name?.fullName?.trim() || [given, family].filter(Boolean).join(" ");
  return { given, family, full };
}

const emailOf = (profile: ClassroomProfile | undefined) =>
  normalizeEmail(profile?.emailAddress ?? "");

/** The teacher a course's class is given to: the owner, else its first teacher. */
function leadTeacher(course: ClassroomCourse): ClassroomMember | undefined {
  return course.teachers.find((t) => t.userId === course.ownerId) ?? course.teachers[0];
}

class ClassroomReader {
  readonly students: Student[] = [];
  readonly studentSources: StudentSource[] = [];
  readonly staff: StaffMember[] = [];
  readonly staffSources: RecordSource<StaffField>[] = [];
  readonly classes: SchoolClass[] = [];
  readonly classSources: ClassSource[] = [];
  private readonly studentIdOf = new Map<string, string>();
  private readonly staffAt = new Map<string, number>();
  private readonly byEmail: Map<string, Student>;
  private readonly staffNames: Map<string, string>;
  private readonly guardiansOf = new Map<string, ClassroomGuardianLink[]>();

  constructor(
    private readonly upload: ClassroomUpload,
    current: Roster,
  ) {
    this.byEmail = new Map(
      current.students.filter((s) => s.email !== "").map((s) => [normalizeEmail(s.email), s]),
    );
    this.staffNames = new Map(current.staff.map((m) => [normalizeEmail(m.email), m.name]));
    for (const link of upload.guardians) {
      const list = this.guardiansOf.get(link.studentId) ?? [];
      list.push(link);
      this.guardiansOf.set(link.studentId, list);
    }
  }

  read(): void {
    const mine = this.upload.teacherEmail ? normalizeEmail(this.upload.teacherEmail) : undefined;
    for (const course of this.upload.courses) {
      const homeroom = course.id === this.upload.homeroomCourseId;
      const lead = leadTeacher(course);
      const teachers = mine
        ? course.teachers.filter((t) => emailOf(t.profile) === mine)
        : course.teachers;
      const file = fileOf(course);
      teachers.forEach((teacher) => {
        const line = course.teachers.indexOf(teacher) + 1;
        const advises = homeroom && teacher === lead;
        this.addTeacher(teacher, { file, line }, advises);
      });
      const teacherEmail = mine ?? emailOf(lead?.profile);
      const advisorSource =
        homeroom && lead
          ? {
              file,
              line: course.teachers.indexOf(lead) + 1,
              labels: { advisorEmail: "teacher emailAddress" },
            }
          : undefined;
      const studentIds = course.students.map((member, i) =>
        this.addStudent(member, { file, line: i + 1 }, homeroom ? teacherEmail : "", advisorSource),
      );
      this.classes.push({
        id: `${CLASSROOM_CLASS_PREFIX}${course.id}`,
        course: course.name,
        period: course.section ?? "",
        grade: this.upload.grade ?? "",
        teacherEmail,
        studentIds,
      });
      this.classSources.push({
        file,
        line: 0,
        labels: CLASS_LABELS,
        ...personOf(nameAndId(course.name, "course id", course.id)),
      });
    }
  }

  private addTeacher(
    teacher: ClassroomMember,
    at: { file: string; line: number },
    advises: boolean,
  ): void {
    const email = emailOf(teacher.profile);
    const key = email || `user ${teacher.userId}`;
    const known = this.staffAt.get(key);
    const roles: StaffMember["roles"] = advises ? ["teacher", "advisor"] : ["teacher"];
    if (known !== undefined) {
      const member = this.staff[known]!;
      this.staff[known] = { ...member, roles: [...new Set([...member.roles, ...roles])] };
      return;
    }
    const name = this.staffNames.get(email) || nameOf(teacher.profile).full;
    this.staffAt.set(key, this.staff.length);
    this.staff.push({ email, name, roles });
    this.staffSources.push({
      ...at,
      labels: TEACHER_LABELS,
      ...personOf([name, email].filter(Boolean).join(", ") || `userId ${teacher.userId}`),
    });
  }

  private addStudent(
    member: ClassroomMember,
    at: { file: string; line: number },
    advisorEmail: string,
    advisorSource: RecordSource<"advisorEmail"> | undefined,
  ): string {
    const seen = this.studentIdOf.get(member.userId);
    if (seen !== undefined) {
      if (advisorEmail !== "") this.setAdvisor(seen, advisorEmail, advisorSource);
      return seen;
    }
    const email = emailOf(member.profile);
    const existing = email === "" ? undefined : this.byEmail.get(email);
    const id = existing?.id ?? `${CLASSROOM_STUDENT_PREFIX}${member.userId}`;
    this.studentIdOf.set(member.userId, id);
    const name = nameOf(member.profile);
    const person = personOf(nameAndId(name.full, "Student ID", id));
    if (existing && this.upload.teacherEmail !== undefined) {
      this.students.push(existing);
      this.studentSources.push({
        ...at,
        labels: STUDENT_LABELS,
        ...person,
        guardians: existing.guardians.map((_, g) => ({
          ...at,
          labels: guardianLabels(g + 1),
          ...person,
        })),
      });
      return id;
    }
    const guardians = this.guardiansFor(member.userId, existing);
    this.students.push({
      id,
      givenName: existing?.givenName ?? name.given,
      familyName: existing?.familyName ?? name.family,
      preferredName: existing?.preferredName ?? "",
      email,
      grade: existing?.grade ?? this.upload.grade ?? "",
      advisorEmail,
      guardians,
      active: true,
    });
    this.studentSources.push({
      ...at,
      labels: STUDENT_LABELS,
      ...person,
      guardians: guardians.map((_, g) => ({ ...at, labels: guardianLabels(g + 1), ...person })),
      ...(advisorSource ? { advisor: advisorSource } : {}),
    });
    return id;
  }

  private setAdvisor(
    id: string,
    advisorEmail: string,
    source: RecordSource<"advisorEmail"> | undefined,
  ): void {
    const at = this.students.findIndex((s) => s.id === id);
    if (at < 0 || this.upload.teacherEmail !== undefined) return;
    this.students[at] = { ...this.students[at]!, advisorEmail };
    if (source) this.studentSources[at] = { ...this.studentSources[at]!, advisor: source };
  }

  /** Classroom's guardians, keeping what the roster knows of each (language, relationship) and the guardians Classroom lacks. */
  private guardiansFor(userId: string, existing: Student | undefined): Guardian[] {
    const known = new Map((existing?.guardians ?? []).map((g) => [normalizeEmail(g.email), g]));
    const fromClassroom = (this.guardiansOf.get(userId) ?? []).map((link) => {
      const email = emailOf(link.guardianProfile) || normalizeEmail(link.invitedEmailAddress ?? "");
      const before = known.get(email);
      known.delete(email);
      return {
        name: nameOf(link.guardianProfile).full || before?.name || "",
        email,
        language: before?.language ?? "",
        relationship: before?.relationship ?? "",
      };
    });
    return [...fromClassroom, ...known.values()];
  }
}

const personOf = (person: string | undefined): { person?: string } =>
  person === undefined ? {} : { person };

/** The Classroom courses as a roster delta, ready for applyDelta and validation. */
export function readClassroom(upload: ClassroomUpload, current: Roster): ParsedRoster {
  const reader = new ClassroomReader(upload, current);
  reader.read();
  return {
    files: upload.courses.map(fileOf),
    roster: { students: reader.students, staff: reader.staff, classes: reader.classes },
    sources: {
      students: reader.studentSources,
      staff: reader.staffSources,
      classes: reader.classSources,
    },
    problems: [],
    delta: { students: [], staff: [], classes: [] },
  };
}

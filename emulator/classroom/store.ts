/*
 * Google Classroom's courses, their teachers and students, the user profiles Classroom knows,
 * students' guardian links, and who administers each domain. Tests and the local preview seed it
 * through the methods below; the REST routes (classroom/rest.ts) read it as the caller sees it.
 * Saves and loads with the Workspace.
 */
import type { PersistentSlice } from "../core/persistent-slice";
import { domainOf } from "../core/users";

export type CourseState = "ACTIVE" | "ARCHIVED" | "PROVISIONED" | "DECLINED" | "SUSPENDED";

export const COURSE_STATES: readonly CourseState[] = [
  "ACTIVE",
  "ARCHIVED",
  "PROVISIONED",
  "DECLINED",
  "SUSPENDED",
];

export interface ClassroomProfile {
  /** Classroom's numeric identifier for the user. */
  readonly id: string;
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
}

export interface StoredCourse {
  readonly id: string;
  name: string;
  section: string;
  room: string;
  readonly ownerId: string;
  courseState: CourseState;
  readonly creationTime: number;
  /** Profile IDs, in the order they joined. */
  readonly teachers: string[];
  readonly students: string[];
}

export interface GuardianLink {
  readonly studentId: string;
  readonly guardianId: string;
  readonly invitedEmailAddress: string;
}

export interface CourseSeed {
  readonly name: string;
  /** The owner's email; they are the course's first teacher. */
  readonly owner: string;
  readonly section?: string;
  readonly room?: string;
  readonly state?: CourseState;
}

export interface PersonSeed {
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
}

interface Saved {
  counter: number;
  profiles: ClassroomProfile[];
  courses: StoredCourse[];
  guardians: GuardianLink[];
  admins: string[];
  guardiansOff: string[];
}

export class ClassroomStore implements PersistentSlice {
  private readonly profiles = new Map<string, ClassroomProfile>();
  private readonly courses = new Map<string, StoredCourse>();
  private guardians: GuardianLink[] = [];
  private readonly admins = new Set<string>();
  /** Domains whose administrator has not turned on guardian access. */
  private readonly guardiansOff = new Set<string>();
  private counter = 0;

  /** The profile of `person`, made the first time they are named. */
  profile(person: PersonSeed | string): ClassroomProfile {
    const email = (typeof person === "string" ? person : person.email).toLowerCase();
    const known = this.profileByEmail(email);
    if (known) return known;
    const [local = email] = email.split("@");
    const seed = typeof person === "string" ? { givenName: local, familyName: "" } : person;
    const profile = {
      id: String(100_000_000_000_000_000_000n + BigInt(++this.counter)),
      email,
      givenName: seed.givenName,
      familyName: seed.familyName,
    };
    this.profiles.set(profile.id, profile);
    return profile;
  }

  profileById(id: string): ClassroomProfile | undefined {
    return this.profiles.get(id);
  }

  profileByEmail(email: string): ClassroomProfile | undefined {
    const wanted = email.toLowerCase();
    for (const profile of this.profiles.values()) if (profile.email === wanted) return profile;
    return undefined;
  }

  createCourse(seed: CourseSeed, now: number): StoredCourse {
    const owner = this.profile(seed.owner);
    const course: StoredCourse = {
      id: String(600_000_000_000 + ++this.counter),
      name: seed.name,
      section: seed.section ?? "",
      room: seed.room ?? "",
      ownerId: owner.id,
      courseState: seed.state ?? "ACTIVE",
      creationTime: now + this.counter,
      teachers: [owner.id],
      students: [],
    };
    this.courses.set(course.id, course);
    return course;
  }

  course(id: string): StoredCourse | undefined {
    return this.courses.get(id);
  }

  /** Every course, the most recently created first, as courses.list orders them. */
  allCourses(): StoredCourse[] {
    return [...this.courses.values()].sort((a, b) => b.creationTime - a.creationTime);
  }

  addTeacher(courseId: string, person: PersonSeed | string): ClassroomProfile {
    const profile = this.profile(person);
    const course = this.require(courseId);
    if (!course.teachers.includes(profile.id)) course.teachers.push(profile.id);
    return profile;
  }

  addStudent(courseId: string, person: PersonSeed | string): ClassroomProfile {
    const profile = this.profile(person);
    const course = this.require(courseId);
    if (!course.students.includes(profile.id)) course.students.push(profile.id);
    return profile;
  }

  /** Links an accepted guardian to a student. */
  addGuardian(student: string, guardian: PersonSeed | string): GuardianLink {
    const studentProfile = this.profile(student);
    const guardianProfile = this.profile(guardian);
    const link = {
      studentId: studentProfile.id,
      guardianId: guardianProfile.id,
      invitedEmailAddress: guardianProfile.email,
    };
    this.guardians.push(link);
    return link;
  }

  guardiansOf(studentId: string): GuardianLink[] {
    return this.guardians.filter((link) => link.studentId === studentId);
  }

  makeAdmin(email: string): void {
    this.admins.add(email.toLowerCase());
  }

  isAdminOf(email: string, domain: string): boolean {
    return this.admins.has(email.toLowerCase()) && domainOf(email) === domain;
  }

  setGuardianAccess(domain: string, on: boolean): void {
    if (on) this.guardiansOff.delete(domain.toLowerCase());
    else this.guardiansOff.add(domain.toLowerCase());
  }

  guardianAccessOn(domain: string): boolean {
    return !this.guardiansOff.has(domain.toLowerCase());
  }

  private require(courseId: string): StoredCourse {
    const course = this.courses.get(courseId);
    if (!course) throw new Error(`no Classroom course ${courseId}`);
    return course;
  }

  snapshot(): Saved {
    return {
      counter: this.counter,
      profiles: [...this.profiles.values()],
      courses: [...this.courses.values()].map((course) => structuredClone(course)),
      guardians: [...this.guardians],
      admins: [...this.admins],
      guardiansOff: [...this.guardiansOff],
    };
  }

  restore(data: unknown): void {
    const saved = data as Saved;
    this.counter = saved.counter;
    this.profiles.clear();
    for (const profile of saved.profiles) this.profiles.set(profile.id, profile);
    this.courses.clear();
    for (const course of saved.courses) this.courses.set(course.id, structuredClone(course));
    this.guardians = [...saved.guardians];
    this.admins.clear();
    for (const admin of saved.admins) this.admins.add(admin);
    this.guardiansOff.clear();
    for (const domain of saved.guardiansOff) this.guardiansOff.add(domain);
  }
}

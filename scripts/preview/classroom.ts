/*
 * The preview's Google Classroom: each class of the demo school as a Classroom course its teacher
 * owns, with its students, and each student's guardians linked, so that Import from Google
 * Classroom has something to read. The coordinator administers the domain's Classroom.
 */
import type { Workspace } from "../../emulator";
import type { DemoSchool } from "../demo-school";

export function seedClassroom(ws: Workspace, school: DemoSchool): void {
  const students = new Map(school.students.map((s) => [s.id, s]));
  for (const member of school.staff) ws.classroom.profile(member);
  const now = ws.now();
  for (const schoolClass of school.classes) {
    const course = ws.classroom.createCourse(
      {
        name: `${schoolClass.course} ${schoolClass.grade}`,
        owner: schoolClass.teacherEmail,
        section: `Period ${schoolClass.period}`,
      },
      now,
    );
    for (const id of schoolClass.studentIds) {
      const student = students.get(id);
      if (!student) continue;
      ws.classroom.addStudent(course.id, student);
    }
  }
  for (const guardian of school.guardians) {
    const student = students.get(guardian.studentId);
    if (student) ws.classroom.addGuardian(student.email, guardian);
  }
  ws.classroom.makeAdmin(school.coordinatorEmail);
}

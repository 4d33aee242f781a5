/*
 * Puts the demo school into a Workspace: every person as a user, and the script deployed as the
 * coordinator and shared with the school's domain to view, as the README's deploy steps say.
 */
import type { Workspace } from "../../emulator";
import type { DemoSchool } from "./model";

export function seedWorkspace(ws: Workspace, school: DemoSchool): void {
  for (const member of school.staff) ws.users.add(member.email, member.name);
  for (const student of school.students) {
    ws.users.add(student.email, `${student.givenName} ${student.familyName}`, {
      externalMail: false,
    });
  }
  for (const guardian of school.guardians) ws.users.add(guardian.email, guardian.name);
  ws.deploy(school.coordinatorEmail);
  ws.shareScript(`@${school.coordinatorEmail.split("@")[1]}`, "viewer");
}

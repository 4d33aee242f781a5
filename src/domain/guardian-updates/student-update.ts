/*
 * The update a student drafts to their own family from their conference doc: the same plan, in
 * the student's voice, signed by the student.
 */

export const STUDENT_SUBJECT = "My {{term}} conference: my plan";

export const STUDENT_TEMPLATE = [
  "Dear {{guardian_names}},",
  "",
  "I had my {{term}} conference with {{advisor_name}}. Here is the plan I made.",
  "",
  "My goal: {{goal}}",
  "",
  "My next steps: {{next_steps}}",
  "",
  "How my teachers will help me: {{teacher_support}}",
  "",
  "Love,",
  "{{student_name}}",
].join("\n");

export const STUDENT_MAIL_BLOCKED =
  "Your school does not let student accounts email addresses outside the school, so Confer cannot draft this update in your mailbox. Tell your advisor: they can draft it for your family.";

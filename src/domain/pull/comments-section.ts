/*
 * The Teacher comments section of a conference doc as plain text: a student's active comments
 * grouped by class (period, then course), each with its teacher's name and date.
 */

export interface PulledComment {
  readonly classId: string;
  readonly course: string;
  readonly period: string;
  readonly teacherName: string;
  readonly date: string;
  readonly text: string;
}

export interface ClassComments {
  readonly course: string;
  readonly period: string;
  readonly comments: readonly PulledComment[];
}

export const SECTION_HEADING = "Teacher comments";

export function groupByClass(comments: readonly PulledComment[]): ClassComments[] {
  const groups = new Map<string, PulledComment[]>();
  for (const comment of comments) {
    const group = groups.get(comment.classId) ?? [];
    group.push(comment);
    groups.set(comment.classId, group);
  }
  return [...groups.values()]
    .map((group) => ({
      course: group[0]!.course,
      period: group[0]!.period,
      comments: [...group].sort(
        (a, b) => a.teacherName.localeCompare(b.teacherName) || a.date.localeCompare(b.date),
      ),
    }))
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period, "en", { numeric: true }) ||
        a.course.localeCompare(b.course),
    );
}

function plainText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replaceAll("\u000b", "\n").trim();
}

/** The whole section's text; never empty, so the named range always survives a replace. */
export function commentsSectionText(comments: readonly PulledComment[], pulledOn: string): string {
  const groups = groupByClass(comments);
  if (groups.length === 0) return `No teacher comments yet (pulled on ${pulledOn}).`;
  const blocks = groups.map((group) =>
    [
      `${group.course} · Period ${group.period}`,
      ...group.comments.map((c) => `${c.teacherName} (${c.date}): ${plainText(c.text)}`),
    ].join("\n"),
  );
  return [`Pulled on ${pulledOn}.`, ...blocks].join("\n\n");
}

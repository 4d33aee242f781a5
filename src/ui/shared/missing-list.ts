/* Missing comments as a list of classes, each opening to the students its teacher has not commented on. */
import type { MissingComment } from "../../domain/comments/views";

export function missingCommentBlocks(missing: readonly MissingComment[]): HTMLElement[] {
  return missing.map((m) => {
    const block = document.createElement("details");
    const title = document.createElement("summary");
    const count = m.students.length;
    title.textContent = `${m.teacherName} · Period ${m.period} ${m.course}: ${count} ${count === 1 ? "student" : "students"}`;
    const list = document.createElement("ul");
    for (const name of m.students) {
      const item = document.createElement("li");
      item.textContent = name;
      list.append(item);
    }
    block.append(title, list);
    return block;
  });
}

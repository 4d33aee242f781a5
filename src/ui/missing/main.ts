/* The coordinator's Missing comments view: for each class, the students its teacher has not commented on. */
import { byId, setText, showError } from "../shared/dom";
import { callServer } from "../shared/server";

callServer("getMissingComments")
  .then((missing) => {
    const total = missing.reduce((sum, m) => sum + m.students.length, 0);
    setText(
      "summary",
      total === 0
        ? "Every teacher has commented on every student in their classes."
        : `${total} comments missing across ${missing.length} classes.`,
    );
    byId("classes").replaceChildren(
      ...missing.map((m) => {
        const block = document.createElement("details");
        const title = document.createElement("summary");
        title.textContent = `${m.teacherEmail} · Period ${m.period} ${m.course}: ${m.students.length}`;
        const list = document.createElement("ul");
        for (const name of m.students) {
          const item = document.createElement("li");
          item.textContent = name;
          list.append(item);
        }
        block.append(title, list);
        return block;
      }),
    );
  })
  .catch((error) => showError("error", error));

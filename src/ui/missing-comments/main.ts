/* The coordinator's Missing comments view: for the working round, and for each class, the students its teacher has not commented on. */

import { counted } from "../../domain/plural";
import { byId, setText, showError } from "../shared/dom";
import { missingCommentBlocks } from "../shared/missing-list";
import { roundLead } from "../shared/round-lead";
import { callServer } from "../shared/server";

callServer("getMissingComments")
  .then(({ round, missing }) => {
    const total = missing.reduce((sum, m) => sum + m.students.length, 0);
    setText(
      "round",
      roundLead(round, "The comments its teachers have not written yet.", "This term's comments."),
    );
    setText(
      "summary",
      total === 0
        ? "Every teacher has commented on every student in their classes."
        : `${counted(total, "comment")} missing across ${counted(missing.length, "class", "classes")}.`,
    );
    byId("classes").replaceChildren(...missingCommentBlocks(missing));
  })
  .catch((error) => showError("error", error));

/*
 * The Coverage tab: who has not had a conference yet and why, who missed theirs (with the
 * video-feedback prompt for a feedback no-show), and the extra requests, each offered a time or
 * pointed to office hours.
 */
import { byId } from "../shared/dom";
import { button, el } from "../shared/elements";
import { tellDone, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";

export async function showCoverage(round: string): Promise<void> {
  const view = await callServer("getClassroomCoverage", round);
  byId("not-yet").replaceChildren(
    ...view.notYetHad.map((n) => el("li", { text: `${n.studentName} (${n.classId}): ${n.why}` })),
  );
  byId("no-shows").replaceChildren(
    ...view.noShows.map((n) =>
      el(
        "li",
        { text: `${n.studentName} missed ${n.day}${n.purpose ? ` (purpose: ${n.purpose})` : ""}.` },
        ...(n.prompt ? [el("strong", { text: ` ${n.prompt}` })] : []),
      ),
    ),
  );
  byId("requests").replaceChildren(
    ...view.requests.map((r) => {
      const item = el("li", {
        text: `${r.studentName}: ${r.state}${r.note ? ` (“${r.note}”)` : ""} `,
        data: { student: r.studentId },
      });
      if (r.state !== "open") return item;
      const day = el("input", {
        attrs: { type: "date", "aria-label": `Day for ${r.studentName}` },
      });
      const offer = button("Offer this day", () => {
        callServer("offerExtraConference", round, { studentId: r.studentId, day: day.value })
          .then(() => {
            tellDone(`${r.studentName} is told their extra conference on ${day.value}.`);
            return showCoverage(round);
          })
          .catch(tellError);
      });
      const hours = button("Point to office hours", () => {
        callServer("pointToOfficeHours", round, r.studentId)
          .then(() => showCoverage(round))
          .catch(tellError);
      });
      item.append(day, offer, hours);
      return item;
    }),
  );
}

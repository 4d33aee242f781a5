/*
 * The Status view's bars: one per stage for each advisory and grade, each a button whose label
 * says the count in words and which opens the list of students behind it.
 */
import { type BoardGroup, STAGE_LABELS } from "../../domain/status/status-board";
import { el } from "../shared/elements";

export type OpenList = (
  group: BoardGroup,
  stage: BoardGroup["bars"][number],
  bar: HTMLElement,
) => void;

function barOf(group: BoardGroup, bar: BoardGroup["bars"][number], open: OpenList): HTMLElement {
  const name = STAGE_LABELS[bar.stage];
  const count = `${bar.done.length} of ${group.total}`;
  const fill = el("span", { className: "fill" });
  fill.style.width = `${group.total === 0 ? 0 : Math.round((bar.done.length / group.total) * 100)}%`;
  const button = el(
    "button",
    {
      className: "bar",
      attrs: {
        type: "button",
        "aria-pressed": "false",
        "aria-label": `${name}: ${count} in ${group.label}. Show the students.`,
      },
      data: { group: group.label, stage: bar.stage },
    },
    el("span", { className: "bar-name", text: name }),
    el("span", { className: "track", attrs: { "aria-hidden": "true" } }, fill),
    el("span", { className: "count", text: count }),
  );
  button.addEventListener("click", () => open(group, bar, button));
  return button;
}

export function groupBlocks(groups: readonly BoardGroup[], open: OpenList): HTMLElement[] {
  return groups.map((group) =>
    el(
      "div",
      { className: "group" },
      el("h3", { text: `${group.label} (${group.total})` }),
      ...group.bars.map((bar) => barOf(group, bar, open)),
    ),
  );
}

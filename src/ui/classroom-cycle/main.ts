/*
 * The Classroom cycle dialog: the teacher picks one of their open classroom rounds, then plans
 * (proposal, swaps and moves, Save and tell, cancelling a day or the rest of the cycle, each
 * asked first), runs a day's conference table, or reads coverage. Text is set as text only.
 */
import type { ClassroomView } from "../../server/classroom/classroom";
import { byId, show } from "../shared/dom";
import { fillSelect } from "../shared/elements";
import { tellError } from "../shared/feedback";
import { callServer } from "../shared/server";
import { showCoverage } from "./coverage";
import { type PlanPage, planPage } from "./plan";
import { showTable } from "./table";

const TABS = ["plan", "table", "coverage"] as const;
type Tab = (typeof TABS)[number];

let classes: ClassroomView["classes"] = [];
let rounds: ClassroomView["rounds"] = [];
let plan: PlanPage | undefined;
let current: Tab = "plan";

const roundSelect = () => byId<HTMLSelectElement>("round");

function chosenRound() {
  return rounds.find((r) => r.round.name === roundSelect().value);
}

function open(tab: Tab): void {
  current = tab;
  for (const name of TABS) {
    show(name, name === tab);
    byId(`tab-${name}`).setAttribute("aria-selected", String(name === tab));
  }
  const entry = chosenRound();
  if (!entry) return;
  const name = entry.round.name;
  const work =
    tab === "plan"
      ? plan?.load(name, entry.round.classIds, classes)
      : tab === "table"
        ? showTable(name)
        : showCoverage(name);
  Promise.resolve(work).catch(tellError);
}

async function start(): Promise<void> {
  plan = planPage();
  const view = await callServer("getClassroomConferences");
  classes = view.classes;
  rounds = view.rounds.filter((r) => r.round.state === "open" && r.round.hostEmail === view.email);
  show("no-rounds", rounds.length === 0);
  show("tabs", rounds.length > 0);
  fillSelect(
    roundSelect(),
    rounds.map((r) => ({
      value: r.round.name,
      label: `${r.round.name} (${r.classes.join(", ")})`,
    })),
  );
  roundSelect().addEventListener("change", () => open(current));
  for (const tab of TABS) byId(`tab-${tab}`).addEventListener("click", () => open(tab));
  if (rounds.length > 0) open("plan");
}

start().catch(tellError);

/*
 * Importing a 2,000-student OneRoster set: Confer's domain import (read, validate, merge) in
 * Node, for its CPU and peak heap; beside it, the same upload through the built bundle's
 * importRoster endpoint on the emulator, for what the whole import costs in calls and time.
 */
import { importRoster } from "../../src/domain/roster";
import { atMost, exactly } from "./budget";
import type { Side } from "./measure";
import type { Scenario } from "./scenario";
import { benchSchool, emptyHub, importInto } from "./school";

const STUDENTS = 2000;

const domainImport: Side = async () => {
  const { set } = benchSchool(STUDENTS);
  return async () => {
    const outcome = importRoster({ format: "oneroster", ...set.files }, set.settings, {
      students: [],
      staff: [],
      classes: [],
    });
    return { reports: [], facts: { students: outcome.ok ? outcome.roster.students.length : 0 } };
  };
};

const endpointImport: Side = async () => {
  const { set } = benchSchool(STUDENTS);
  const hub = emptyHub();
  return async () => {
    const result = importInto(hub, set);
    if (!result.ok) {
      return { reports: [result.report], facts: { students: 0 }, error: result.error?.message };
    }
    return {
      reports: [result.report],
      facts: { students: (result.value as { students: number }).students },
    };
  };
};

export const IMPORT_SCENARIOS: readonly Scenario[] = [
  {
    name: `import ${STUDENTS.toLocaleString("en-US")}-student OneRoster set`,
    about: `generateOneRoster({students: ${STUDENTS}}) through src/domain/roster importRoster (readOneRoster, validateRoster, merge into an empty roster) in Node; the budget is on this side's CPU and peak V8 heap (the whole bench process's). The "baseline" row is no naive rival: it is the same upload through dist/'s importRoster endpoint on the emulator (one batched write per tab), shown for its calls and modelled time.`,
    budget: [
      exactly("confer students imported", STUDENTS, (s) => s.optimized.facts.students ?? 0),
      atMost("confer CPU ms", 2000, (s) => s.optimized.cpuMs),
      atMost("confer peak heap MB", 300, (s) => s.optimized.peakHeapMb),
      exactly("endpoint students imported", STUDENTS, (s) => s.baseline.facts.students ?? 0),
    ],
    optimized: domainImport,
    baseline: endpointImport,
  },
];

/*
 * Every benchmark scenario, in the order the table prints them. Each does the same work Confer's
 * way and the naive way, each side on its own emulated Workspace.
 */
import { BOOKING_SCENARIOS } from "./booking-scenarios";
import { CLASSROOM_CYCLE_SCENARIO } from "./classroom-cycle-scenario";
import { COMMENT_SCENARIOS } from "./comments-scenarios";
import { CONCURRENT_SCENARIOS } from "./concurrent-scenarios";
import { COST_MODEL_SCENARIOS } from "./cost-model";
import { DISTRICT_SCENARIO } from "./district-scenario";
import { DOCS_SCENARIOS } from "./docs-scenarios";
import { DRAFTS_SCENARIOS } from "./drafts-scenarios";
import { IMPORT_SCENARIOS } from "./import-scenario";
import { PULL_SCENARIOS } from "./pull-scenarios";
import type { Scenario } from "./scenario";
import { SECOND_ROUND_SCENARIO } from "./second-round-scenario";

export const SCENARIOS: readonly Scenario[] = [
  ...COST_MODEL_SCENARIOS,
  ...IMPORT_SCENARIOS,
  DISTRICT_SCENARIO,
  ...DOCS_SCENARIOS,
  SECOND_ROUND_SCENARIO,
  ...COMMENT_SCENARIOS,
  ...PULL_SCENARIOS,
  ...DRAFTS_SCENARIOS,
  ...BOOKING_SCENARIOS,
  CLASSROOM_CYCLE_SCENARIO,
  ...CONCURRENT_SCENARIOS,
];

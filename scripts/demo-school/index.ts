/* The seeded demo school: its data, its roster files, and how it enters a Workspace. */
export { type ConferCsv, toConferCsv } from "./confer-csv";
export { asciiFold } from "./emails";
export { messyConferCsv } from "./messy-csv";
export type {
  DemoAdvisory,
  DemoClass,
  DemoGuardian,
  DemoRole,
  DemoSchool,
  DemoStaff,
  DemoStudent,
  Subject,
} from "./model";
export { guardianRole, type OneRosterCsv, toOneRosterCsv } from "./oneroster-csv";
export { DEFAULT_DEMO_SEED, DEMO_COORDINATOR, DEMO_DOMAIN, generateDemoSchool } from "./school";
export { seedWorkspace } from "./seed";

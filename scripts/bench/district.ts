/*
 * A district's OneRoster 1.2 export (roles.csv, no role column; guardians' languages on their
 * rows, on their students' rows, in languages.csv, or nowhere), bulk by its manifest.csv, and a
 * delta (manifest.csv) changing some of its people, with the previewRoster and importRoster calls that take them in.
 */
import { run } from "../../emulator";
import type { Roster } from "../../src/domain/roster";
import {
  csvLine,
  type GeneratedOneRoster,
  generateOneRoster,
} from "../../test/unit/roster/generate";
import { COORDINATOR, type Hub } from "./school";

export const DISTRICT_STUDENTS = 10_000;

export interface DistrictDelta {
  readonly renamed: number;
  /** Of the renamed, how many also list their first guardian, now speaking `language`. */
  readonly relanguaged: number;
  readonly language: string;
  readonly removed: number;
}

export const DELTA: DistrictDelta = { renamed: 100, relanguaged: 30, language: "am", removed: 50 };

export function districtExport(students = DISTRICT_STUDENTS): GeneratedOneRoster {
  return generateOneRoster({ students, version: "1.2", languages: "mixed" });
}

const manifest = (modes: Record<string, string>) =>
  [
    "propertyName,value",
    "manifest.version,1.0",
    "oneroster.version,1.2",
    ...Object.entries(modes).map(([file, mode]) => `file.${file},${mode}`),
  ].join("\r\n");

/** The whole export, with its manifest.csv saying so (every file bulk). */
export const bulkUpload = (set: GeneratedOneRoster) => ({
  format: "oneroster",
  ...set.files,
  manifest: manifest({
    academicSessions: "absent",
    orgs: "absent",
    users: "bulk",
    roles: "bulk",
    userProfiles: "absent",
    classes: "bulk",
    enrollments: "bulk",
  }),
});

/** The delta set, written against the roster the bulk import gave the hub. */
export function deltaUpload(current: Roster, delta: DistrictDelta = DELTA) {
  const header = [
    "sourcedId",
    "status",
    "dateLastModified",
    "givenName",
    "familyName",
    "identifier",
    "email",
    "grades",
    "agentSourcedIds",
    "metadata.language",
    "metadata.relationship",
  ];
  const users: string[][] = [];
  const roles: string[][] = [];
  const user = (row: string[], role: string) => {
    users.push(row);
    roles.push([`dr-${roles.length}`, row[0]!, "primary", role]);
  };
  current.students.slice(0, delta.renamed + delta.removed).forEach((student, i) => {
    const sourcedId = `stu-${student.id.slice(1)}`;
    const guardian = i < delta.relanguaged ? student.guardians[0] : undefined;
    const guardianId = `par-${student.id.slice(1)}-1`;
    const status = i < delta.renamed ? "active" : "tobedeleted";
    const given = i < delta.renamed ? `New${i}` : student.givenName;
    user(
      [
        sourcedId,
        status,
        "2026-09-01T07:00:00Z",
        given,
        student.familyName,
        student.id,
        student.email,
        student.grade,
        guardian ? guardianId : "",
        "",
        "",
      ],
      "student",
    );
    if (!guardian) return;
    const [givenName, ...family] = guardian.name.split(" ");
    user(
      [
        guardianId,
        "active",
        "2026-09-01T07:00:00Z",
        givenName!,
        family.join(" "),
        "",
        guardian.email,
        "",
        sourcedId,
        delta.language,
        guardian.relationship,
      ],
      "parent",
    );
  });
  const csv = (head: string[], rows: string[][]) =>
    [csvLine(head), ...rows.map(csvLine)].join("\r\n");
  return {
    format: "oneroster",
    manifest: manifest({
      users: "delta",
      roles: "delta",
      classes: "absent",
      enrollments: "absent",
    }),
    users: csv(header, users),
    roles: csv(["sourcedId", "userSourcedId", "roleType", "role"], roles),
    classes: "",
    enrollments: "",
  };
}

function call(hub: Hub, fn: string, arg: unknown) {
  return run(hub.ws, { fn, args: [arg], as: COORDINATOR, containerId: hub.hubId, kind: "sidebar" });
}

/** previewRoster, then importRoster with the preview's fingerprint: both executions' results. */
export function previewAndApply(hub: Hub, upload: object) {
  const preview = call(hub, "previewRoster", upload);
  const fingerprint = (preview.value as { fingerprint?: string } | undefined)?.fingerprint;
  const apply = call(hub, "importRoster", { ...upload, fingerprint });
  return { preview, apply };
}

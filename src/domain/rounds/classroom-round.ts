/*
 * Opening a classroom round from a teacher's sidebar: the form read as for any round, the host
 * being the teacher who asks, and every class checked against the Classes tab (it exists, and
 * the host teaches it). A teacher may hold several classroom rounds, each with a name of its own.
 */
import type { SchoolClass } from "../roster/model";
import { type Round, sameRoundName } from "./model";
import {
  classIdsOf,
  parseRoundForm,
  type RoundForm,
  type RoundOpening,
  type RoundProblem,
} from "./round-form";

/** The classes a teacher teaches, by the Classes tab's teacher email. */
export function classesTaughtBy(
  teacherEmail: string,
  classes: readonly SchoolClass[],
): SchoolClass[] {
  const email = teacherEmail.toLowerCase();
  return classes.filter((c) => c.teacherEmail.toLowerCase() === email);
}

/** A class as a teacher knows it: "Biology (period 2)". */
export function classLabel(c: SchoolClass): string {
  return c.period === "" ? c.course : `${c.course} (period ${c.period})`;
}

function classProblems(
  host: string,
  classIds: readonly string[],
  classes: readonly SchoolClass[],
): RoundProblem[] {
  return classIds.flatMap((id): RoundProblem[] => {
    const found = classes.find((c) => c.id === id);
    if (!found) {
      return [
        {
          field: "classIds",
          value: id,
          reason: "there is no class with this ID in the Classes tab",
        },
      ];
    }
    if (found.teacherEmail.toLowerCase() === host) return [];
    return [
      {
        field: "classIds",
        value: id,
        reason: `${classLabel(found)} is taught by ${found.teacherEmail}, not by ${host}; a classroom round is for its host's own classes`,
      },
    ];
  });
}

/**
 * A new open classroom round hosted by `host`. Round names stay unique in the hub (docs and
 * folders are named after them); a clash with the host's own open round says so. `namesInUse`
 * are the rounds the hub knows outside the Rounds tab (Settings' term, the round of rows from
 * before rounds, rounds that have docs or slots): a classroom round of one of those names would
 * take that round's docs for its own, so it is refused.
 */
export function parseClassroomRoundForm(
  form: unknown,
  host: string,
  classes: readonly SchoolClass[],
  rounds: readonly Round[],
  otherNames: readonly string[],
  openedAt: string,
  namesInUse: readonly string[] = [],
): RoundOpening {
  const source = (form !== null && typeof form === "object" ? form : {}) as RoundForm;
  const hostEmail = host.toLowerCase();
  const opening = parseRoundForm(
    { ...source, kind: "classroom", hosts: "teacher", hostEmail },
    [...rounds.map((r) => r.name), ...otherNames],
    openedAt,
  );
  const name = String(source.name ?? "").trim();
  const own = rounds.find(
    (r) =>
      r.kind === "classroom" &&
      r.state === "open" &&
      r.hostEmail === hostEmail &&
      sameRoundName(r.name, name),
  );
  const problems = (opening.ok ? [] : opening.problems).map((problem) =>
    own && problem.field === "name"
      ? {
          ...problem,
          reason: `you already have an open classroom round named “${own.name}”; close it first or give this one its own name, for example “${own.name} · 2”`,
        }
      : problem,
  );
  const taken = namesInUse.find((used) => name !== "" && sameRoundName(used, name));
  if (taken !== undefined && !problems.some((p) => p.field === "name")) {
    problems.unshift({
      field: "name",
      value: name,
      reason: `“${taken.trim()}” already names a round of the school's (its conference docs, slots or Settings' term); a classroom round needs a name of its own`,
    });
  }
  problems.push(...classProblems(hostEmail, classIdsOf(source.classIds), classes));
  if (!opening.ok || problems.length > 0) return { ok: false, problems };
  return opening;
}

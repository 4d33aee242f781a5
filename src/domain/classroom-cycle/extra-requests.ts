/*
 * A student's request for an extra conference: it joins the teacher's list, one open request a
 * student, and the teacher offers a free place (checked like a move) or points them to office
 * hours.
 */
import { ClassroomRefusedError } from "./errors";
import { shownPlace, withAssignments } from "./lookup";
import type { Assignment, CycleChange, CycleSchedule, Day, Moment, Place } from "./model";
import { checkPlace } from "./places";

export interface ExtraRequest {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly askedAt: string;
  readonly note: string;
  readonly state: "open" | "offered" | "office-hours";
  readonly offered?: Place;
}

export type NewExtraRequest = Omit<ExtraRequest, "state" | "offered" | "note"> & {
  readonly note?: string;
};

const openOf = (list: readonly ExtraRequest[], studentId: string) =>
  list.find((r) => r.studentId === studentId && r.state === "open");

export function requestExtra(
  list: readonly ExtraRequest[],
  request: NewExtraRequest,
): ExtraRequest[] {
  const open = openOf(list, request.studentId);
  if (open) {
    throw new ClassroomRefusedError(
      `${request.studentName} already asked for an extra conference on ${open.askedAt.slice(0, 10)}, and it is still open.`,
    );
  }
  return [...list, { ...request, note: request.note?.trim() ?? "", state: "open" }];
}

function openRequest(list: readonly ExtraRequest[], studentId: string): ExtraRequest {
  const open = openOf(list, studentId);
  if (open) return open;
  const name = list.find((r) => r.studentId === studentId)?.studentName ?? `Student ${studentId}`;
  throw new ClassroomRefusedError(`${name} has no open request for an extra conference.`);
}

const replaced = (list: readonly ExtraRequest[], old: ExtraRequest, next: ExtraRequest) =>
  list.map((r) => (r === old ? next : r));

/** Offers a time for the request: the extra conference joins the schedule and the student is told. */
export function offerExtraTime(
  list: readonly ExtraRequest[],
  schedule: CycleSchedule,
  studentId: string,
  place: { readonly day: Day; readonly time?: string; readonly now?: Moment },
): { readonly requests: ExtraRequest[]; readonly change: CycleChange } {
  const request = openRequest(list, studentId);
  const offered = checkPlace(
    schedule,
    request,
    place,
    `no time was offered to ${request.studentName}`,
  );
  const { studentName, classId } = request;
  const extra: Assignment = {
    studentId,
    studentName,
    classId,
    ...offered,
    status: "planned",
    extra: true,
  };
  return {
    requests: replaced(list, request, { ...request, state: "offered", offered }),
    change: {
      schedule: withAssignments(schedule, [], [extra]),
      notices: [{ studentId, studentName, classId, before: "not yet scheduled", after: offered }],
    },
  };
}

export function pointToOfficeHours(
  list: readonly ExtraRequest[],
  studentId: string,
): ExtraRequest[] {
  const request = openRequest(list, studentId);
  return replaced(list, request, { ...request, state: "office-hours" });
}

export function describeExtraRequest(request: ExtraRequest): string {
  if (request.state === "offered" && request.offered) {
    return `${request.studentName}: offered ${shownPlace(request.offered)}`;
  }
  if (request.state === "office-hours") return `${request.studentName}: pointed to office hours`;
  return `${request.studentName}: asked ${request.askedAt.slice(0, 10)}${request.note ? ` (“${request.note}”)` : ""}`;
}

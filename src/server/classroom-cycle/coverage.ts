/*
 * Coverage of a classroom cycle (who has not had a conference this period, who missed theirs,
 * and the video-feedback prompt for a feedback no-show), and the students' requests for an extra
 * conference: a student asks from their own doc, and the host teacher offers a time (told like a
 * move) or points them to office hours.
 */
import { type Coverage, coverage } from "../../domain/classroom-cycle/coverage";
import { outcomesOf } from "../../domain/classroom-cycle/cycle-rows";
import { ClassroomRefusedError } from "../../domain/classroom-cycle/errors";
import {
  type ExtraRequest,
  offerExtraTime,
  pointToOfficeHours,
  requestExtra,
} from "../../domain/classroom-cycle/extra-requests";
import { NotAllowedError } from "../../domain/roles";
import { studentName } from "../../domain/schedule/families";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import { currentPerson, loadHubContext } from "../hub/context";
import { classroomRoundNamed, cycleCaller } from "./access";
import { changeCycle, loadCycle, nowOf, savedCycleOf } from "./change";
import type { CycleView } from "./view";
import { cycleViewOf } from "./view";

export interface CoverageView extends Coverage {
  readonly round: string;
  readonly requests: readonly ExtraRequest[];
}

export function classroomCoverageFor(caller: string, round: string): CoverageView {
  const cc = cycleCaller(caller, round, "read");
  const stored = savedCycleOf(loadCycle(cc), cc.round.name);
  return {
    round: cc.round.name,
    ...coverage(stored.schedule, outcomesOf(stored)),
    requests: stored.requests,
  };
}

const MAX_NOTE = 500;

/** A student's request for an extra conference, from their own doc of a classroom round. */
export function requestExtraConferenceFor(
  caller: string,
  docId: string,
  note: unknown,
): { requested: true; round: string } {
  const context = loadHubContext();
  const person = currentPerson(context, caller);
  const record = readEveryDocRecord(context).find((r) => r.docId === docId);
  const student = context.roster.students.find((s) => s.active && s.email === person.email);
  if (!record || !student || record.studentId !== student.id) {
    throw new NotAllowedError(
      `Only the student whose conference doc this is can ask for an extra conference; ${person.email || "you"} cannot.`,
    );
  }
  const text = typeof note === "string" ? note.trim() : "";
  if (text.length > MAX_NOTE) {
    throw new ClassroomRefusedError(
      `The note is ${text.length} characters; keep it under ${MAX_NOTE}, so nothing was asked.`,
    );
  }
  const cc = { context, person, round: classroomRoundNamed(context, record.round) };
  changeCycle(cc, (stored) => {
    if (!stored) {
      throw new ClassroomRefusedError(
        `Your teacher has not planned the conferences of “${cc.round.name}” yet, so nothing was asked: ask again once you know your conference day.`,
      );
    }
    const saved = stored;
    const inCycle = [...saved.schedule.assignments, ...saved.schedule.unplaced].find(
      (a) => a.studentId === student.id,
    );
    return {
      ...saved,
      requests: requestExtra(saved.requests, {
        studentId: student.id,
        studentName: studentName(student),
        classId: inCycle?.classId ?? cc.round.classIds[0] ?? "",
        askedAt: new Date().toISOString(),
        note: text,
      }),
    };
  });
  return { requested: true, round: cc.round.name };
}

export function offerExtraConferenceFor(
  caller: string,
  round: string,
  offer: { studentId: string; day: string; time?: string },
): CycleView {
  const cc = cycleCaller(caller, round, "change");
  const now = nowOf(cc.context.settings.timeZone);
  const done = changeCycle(cc, (stored) => {
    const saved = savedCycleOf(stored, cc.round.name);
    const { requests, change } = offerExtraTime(saved.requests, saved.schedule, offer.studentId, {
      day: offer.day,
      ...(offer.time ? { time: offer.time } : {}),
      now,
    });
    return { ...saved, requests, schedule: change.schedule };
  });
  return cycleViewOf(cc.round.name, done.stored.schedule, done.stored, done);
}

export function pointToOfficeHoursFor(caller: string, round: string, studentId: string): CycleView {
  const cc = cycleCaller(caller, round, "change");
  const done = changeCycle(cc, (stored) => {
    const saved = savedCycleOf(stored, cc.round.name);
    return { ...saved, requests: pointToOfficeHours(saved.requests, studentId) };
  });
  return cycleViewOf(cc.round.name, done.stored.schedule, done.stored, done);
}

/* A staff change runs its booking rule only once the person may make it. */
import { personOf } from "../../../src/domain/roles";
import { decideBook, decideCancelBooking } from "../../../src/domain/schedule/booking";
import { staffDecision } from "../../../src/domain/schedule/staff-decision";
import {
  ADA,
  BO,
  bookedSlot,
  COORDINATOR,
  DEC1_1PM,
  plus,
  roster,
  slot,
  staffContext,
} from "./school";

const ada = personOf(ADA, roster, "");
const open = slot(DEC1_1PM);
const bos = bookedSlot(plus(DEC1_1PM, 15), "S3", { hostEmail: BO });

describe("staffDecision", () => {
  it("books an advisee as the booking rule decides", () => {
    const change = { action: "book", studentId: "S1", slotId: open.id } as const;
    const ctx = staffContext([open]);
    expect(staffDecision(ada, change)(ctx)).toEqual(decideBook(change, ctx));
  });

  it("refuses an advisor's booking of another's student, and a change to another's slot", () => {
    const ctx = staffContext([open, bos]);
    expect(() =>
      staffDecision(ada, { action: "book", studentId: "S3", slotId: open.id })(ctx),
    ).toThrow(`Only ${BO} or a coordinator can book for this student.`);
    expect(() => staffDecision(ada, { action: "held", slotId: bos.id })(ctx)).toThrow(
      `Slot ${bos.id} is ${BO}'s; only they or a coordinator can change it.`,
    );
  });

  it("cancels a coordinator's choice of booking for the student booked in it", () => {
    const ctx = staffContext([bos], { actor: COORDINATOR });
    const coordinator = personOf(COORDINATOR, roster, "");
    expect(staffDecision(coordinator, { action: "cancel-booking", slotId: bos.id })(ctx)).toEqual(
      decideCancelBooking({ slotId: bos.id, studentId: "S3" }, ctx),
    );
  });
});

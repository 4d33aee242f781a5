/* Booking a slot: by a family link or by staff, every refusal, moves, siblings and the link's bound. */
import { decideBook } from "../../../src/domain/schedule/booking";
import { ScheduleInputError } from "../../../src/domain/schedule/errors";
import { eventIdOf } from "../../../src/domain/schedule/ids";
import type { BookingLogEntry } from "../../../src/domain/schedule/model";
import { refusal } from "./refusals";
import {
  ADA,
  BO,
  bookedSlot,
  DEC1_1PM,
  familyContext,
  maiLink,
  NOW,
  plus,
  roster,
  slot,
  staffContext,
} from "./school";

const one = slot(DEC1_1PM);
const oneFifteen = slot(plus(DEC1_1PM, 15));
const oneThirty = slot(plus(DEC1_1PM, 30));
const bosSlot = slot(DEC1_1PM, { hostEmail: BO });
const past = slot("2026-11-19T18:00:00.000Z");
const cancelled = slot(plus(DEC1_1PM, 45), { status: "cancelled" });
const spring = slot("2027-03-02T18:00:00.000Z", { round: "Spring 2027" });
const all = [one, oneFifteen, oneThirty, bosSlot, past, cancelled, spring];

describe("decideBook", () => {
  it("books an open slot for a family, with a confirmation and a log entry", () => {
    const decision = decideBook({ studentId: "S1", slotId: one.id }, familyContext(all));
    const after = {
      ...one,
      status: "booked",
      studentId: "S1",
      bookedBy: "mai@home.test",
      bookedAt: NOW,
      calendarEventId: eventIdOf(one.id, "S1"),
      remindedAt: "",
    };
    expect(decision.changes).toEqual([{ before: one, after }]);
    expect(decision.log).toEqual([
      {
        time: NOW,
        actor: "family:tok-mai",
        action: "book",
        slotId: one.id,
        studentId: "S1",
        detail: `booked ${one.id} (Tue Dec 1 1:00 PM)`,
      },
    ]);
    expect(decision.notices).toEqual([
      { kind: "confirmed", studentId: "S1", slotId: one.id, start: DEC1_1PM, previousStart: "" },
    ]);
  });

  it("records staff as the booker, and 'family' for a guardian without email", () => {
    const staff = decideBook({ studentId: "S1", slotId: one.id }, staffContext(all));
    expect(staff.changes[0]?.after.bookedBy).toBe(ADA);
    expect(staff.log[0]?.actor).toBe(ADA);
    const withoutEmail = {
      ...roster,
      students: roster.students.map((s) =>
        s.id === "S1" ? { ...s, guardians: s.guardians.map((g) => ({ ...g, email: "" })) } : s,
      ),
    };
    const noEmail = decideBook(
      { studentId: "S1", slotId: one.id },
      familyContext(all, {
        family: { ...maiLink, guardianEmail: "", studentIds: ["S1"] },
        roster: withoutEmail,
      }),
    );
    expect(noEmail.changes[0]?.after.bookedBy).toBe("family");
  });

  it("changes nothing when the student already holds the slot", () => {
    const held = bookedSlot(DEC1_1PM, "S1");
    const decision = decideBook({ studentId: "S1", slotId: held.id }, familyContext([held]));
    expect(decision).toEqual({ changes: [], log: [], notices: [] });
  });

  it("moves a student's future booking in the round: old slot reopened, new one booked", () => {
    const current = bookedSlot(DEC1_1PM, "S1", { remindedAt: "2026-11-30T12:00:00.000Z" });
    const decision = decideBook(
      { studentId: "S1", slotId: oneThirty.id },
      familyContext([current, oneFifteen, oneThirty]),
    );
    expect(decision.changes).toEqual([
      {
        before: current,
        after: {
          ...current,
          status: "open",
          studentId: "",
          bookedBy: "",
          bookedAt: "",
          calendarEventId: "",
          remindedAt: "",
        },
      },
      {
        before: oneThirty,
        after: {
          ...oneThirty,
          status: "booked",
          studentId: "S1",
          bookedBy: "mai@home.test",
          bookedAt: NOW,
          calendarEventId: eventIdOf(oneThirty.id, "S1"),
          remindedAt: "",
        },
      },
    ]);
    expect(decision.notices).toEqual([
      {
        kind: "moved",
        studentId: "S1",
        slotId: oneThirty.id,
        start: oneThirty.start,
        previousStart: DEC1_1PM,
      },
    ]);
    expect(decision.log.map((e) => [e.action, e.slotId, e.detail])).toEqual([
      ["move", current.id, `to ${oneThirty.id} (Tue Dec 1 1:30 PM)`],
      ["move", oneThirty.id, `from ${current.id} (Tue Dec 1 1:00 PM)`],
    ]);
  });

  it("leaves bookings in other rounds and past conferences alone", () => {
    const otherRound = bookedSlot("2027-03-02T18:00:00.000Z", "S1", { round: "Spring 2027" });
    const done = bookedSlot("2026-11-19T18:00:00.000Z", "S1", { status: "held" });
    const decision = decideBook(
      { studentId: "S1", slotId: one.id },
      staffContext([otherRound, done, one]),
    );
    expect(decision.changes.map((c) => c.after.id)).toEqual([one.id]);
    expect(decision.notices[0]?.kind).toBe("confirmed");
  });

  it("lets a student hold several office-hours bookings in one round", () => {
    const first = bookedSlot(DEC1_1PM, "S1", { kind: "office-hours", round: "OH", minutes: 10 });
    const second = slot(plus(DEC1_1PM, 1440), { kind: "office-hours", round: "OH", minutes: 10 });
    const decision = decideBook(
      { studentId: "S1", slotId: second.id },
      staffContext([first, second]),
    );
    expect(decision.changes).toHaveLength(1);
    expect(decision.notices[0]?.kind).toBe("confirmed");
  });

  it("lets siblings take back-to-back slots", () => {
    const zoe = bookedSlot(DEC1_1PM, "S1");
    const decision = decideBook(
      { studentId: "S2", slotId: oneFifteen.id },
      familyContext([zoe, oneFifteen]),
    );
    expect(decision.changes).toHaveLength(1);
    expect(decision.changes[0]?.after).toMatchObject({ studentId: "S2", status: "booked" });
    expect(decision.notices[0]?.kind).toBe("confirmed");
  });

  describe("refuses", () => {
    it.each([
      ["slot-missing", "S1", "S-NOSUCHSLOT"],
      ["slot-taken", "S1", "taken"],
      ["slot-past", "S1", past.id],
      ["wrong-host", "S1", bosSlot.id],
      ["not-your-student", "S3", one.id],
      ["wrong-round", "S1", spring.id],
      ["slot-cancelled", "S1", cancelled.id],
    ])("%s", (code, studentId, slotId) => {
      const taken = bookedSlot(plus(DEC1_1PM, 60), "S4");
      const id = slotId === "taken" ? taken.id : slotId;
      expect(
        refusal(() => decideBook({ studentId, slotId: id }, familyContext([...all, taken]))).code,
      ).toBe(code);
    });

    it("a slot taken by a sibling, saying so plainly", () => {
      const kim = bookedSlot(DEC1_1PM, "S2");
      expect(
        refusal(() => decideBook({ studentId: "S1", slotId: kim.id }, familyContext([kim]))),
      ).toEqual({
        code: "slot-taken",
        message: "Sorry, Tue Dec 1 1:00 PM is already taken. Please choose another time.",
      });
    });

    it("a student who is not active on the roster", () => {
      expect(() => decideBook({ studentId: "S5", slotId: one.id }, staffContext(all))).toThrow(
        new ScheduleInputError("Student", "S5", "is not an active student on the roster"),
      );
    });

    it("staff booking another advisor's slot for a student", () => {
      expect(
        refusal(() => decideBook({ studentId: "S3", slotId: one.id }, staffContext(all))).message,
      ).toBe(
        "Tue Dec 1 1:00 PM is one of ada@school.test's times, and Mia Okafor's advisor is bo@school.test. Please choose one of the advisor's times.",
      );
    });
  });

  describe("the link's bound on changes", () => {
    const entry = (time: string, action: BookingLogEntry["action"], actor = "family:tok-mai") => ({
      time,
      actor,
      action,
      slotId: one.id,
      studentId: "S1",
      detail: "",
    });
    const book = () => decideBook({ studentId: "S1", slotId: one.id }, familyContext(all, { log }));
    let log: BookingLogEntry[] = [];

    it("refuses once the link has made the most changes it allows", () => {
      log = ["01", "02", "03", "04", "05"].map((d) => entry(`2026-11-${d}T10:00:00.000Z`, "book"));
      expect(refusal(book)).toEqual({
        code: "too-many-changes",
        message:
          "Your family has already made 5 changes for this round, the most a family may make. Please contact your child's advisor to change the booking.",
      });
    });

    it("counts a move's two entries once, and ignores other links, staff and other actions", () => {
      log = [
        entry("2026-11-01T10:00:00.000Z", "book"),
        entry("2026-11-02T10:00:00.000Z", "move"),
        entry("2026-11-02T10:00:00.000Z", "move"),
        entry("2026-11-03T10:00:00.000Z", "cancel"),
        entry("2026-11-04T10:00:00.000Z", "book"),
        entry("2026-11-05T10:00:00.000Z", "book", "family:tok-other"),
        entry("2026-11-06T10:00:00.000Z", "book", ADA),
        entry("2026-11-07T10:00:00.000Z", "refused"),
      ];
      expect(book().changes).toHaveLength(1);
      log = [...log, entry("2026-11-08T10:00:00.000Z", "cancel")];
      expect(refusal(book).code).toBe("too-many-changes");
    });

    it("does not bound staff", () => {
      log = ["01", "02", "03", "04", "05"].map((d) => entry(`2026-11-${d}T10:00:00.000Z`, "book"));
      const staff = decideBook({ studentId: "S1", slotId: one.id }, staffContext(all, { log }));
      expect(staff.changes).toHaveLength(1);
    });
  });
});

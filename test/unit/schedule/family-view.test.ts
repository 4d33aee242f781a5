/* What a family sees through its link: each student's booking and their advisor's open times. */
import { familyView } from "../../../src/domain/schedule/family-view";
import { ADA, BO, bookedSlot, DEC1_1PM, maiLink, NOW, plus, roster, slot } from "./school";

const unbounded = { log: [], maxChangesPerLink: 12 };

describe("familyView", () => {
  it("shows each active student's booking and their advisor's open future slots, in time order", () => {
    const later = slot(plus(DEC1_1PM, 45), { location: "https://meet.google.com/xyz" });
    const earlier = slot(plus(DEC1_1PM, 15));
    const zoe = bookedSlot(DEC1_1PM, "S1");
    const slots = [
      later,
      zoe,
      earlier,
      bookedSlot(plus(DEC1_1PM, 30), "S4"),
      slot("2026-11-19T18:00:00.000Z"),
      slot(plus(DEC1_1PM, 60), { status: "cancelled" }),
      slot(plus(DEC1_1PM, 75), { round: "Spring 2027" }),
      slot(plus(DEC1_1PM, 90), { hostEmail: BO }),
    ];
    const view = familyView({ ...maiLink, studentIds: ["S1", "S2", "S5"] }, roster, slots, NOW, {
      log: [],
      maxChangesPerLink: 12,
    });
    const free = [
      { slotId: earlier.id, start: earlier.start, minutes: 15, location: "Room 12" },
      {
        slotId: later.id,
        start: later.start,
        minutes: 15,
        location: "https://meet.google.com/xyz",
      },
    ];
    expect(view).toEqual({
      round: "Fall 2026",
      changesLeft: 12,
      students: [
        {
          id: "S1",
          name: "Zoë Nguyễn",
          advisorEmail: ADA,
          booking: { slotId: zoe.id, start: DEC1_1PM, minutes: 15, location: "Room 12" },
          slots: free,
        },
        { id: "S2", name: "Kimmy Nguyễn", advisorEmail: ADA, booking: null, slots: free },
      ],
    });
  });

  it("shows no other family's student, only those of the link", () => {
    const view = familyView({ ...maiLink, studentIds: ["S6"] }, roster, [], NOW, unbounded);
    expect(view.students.map((s) => [s.id, s.advisorEmail])).toEqual([["S6", BO]]);
  });

  it("says how many changes the link has left in its round", () => {
    const booked = bookedSlot(DEC1_1PM, "S1");
    const log = ["01", "02", "03", "04"].map((day) => ({
      time: `2026-11-${day}T10:00:00.000Z`,
      actor: "family:tok-mai",
      action: "book" as const,
      slotId: booked.id,
      studentId: "S1",
      detail: "",
    }));
    const bound = { log, maxChangesPerLink: 5 };
    expect(familyView(maiLink, roster, [booked], NOW, bound).changesLeft).toBe(1);
    const spent = { log: [...log, { ...log[0]!, time: "2026-11-05T10:00:00.000Z" }] };
    const view = familyView(maiLink, roster, [booked], NOW, { ...bound, ...spent });
    expect(view.changesLeft).toBe(0);
    expect(view.students[0]!.booking?.slotId).toBe(booked.id);
  });
});

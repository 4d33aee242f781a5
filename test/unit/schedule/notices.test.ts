/* The words each notice sends a family. */
import type { Notice } from "../../../src/domain/schedule/booking";
import { noticeMessage } from "../../../src/domain/schedule/notices";
import { DEC1_1PM, plus, TZ } from "./school";

const context = {
  studentName: "Zoë Nguyễn",
  hostName: "Ada Lund",
  schoolName: "Hill School",
  minutes: 15,
  location: "Room 12",
  timeZone: TZ,
  locale: "en",
  signupUrl: "https://school.test/book?t=abc",
  feedback: "",
};
const notice = (kind: Notice["kind"], previousStart = ""): Notice => ({
  kind,
  studentId: "S1",
  slotId: "S-72K86VPA9A",
  start: DEC1_1PM,
  previousStart,
});

describe("noticeMessage", () => {
  it("confirms a booking with its time, place and link", () => {
    expect(noticeMessage(notice("confirmed"), context)).toEqual({
      subject: "Conference booked: Zoë Nguyễn, Tuesday, December 1, 2026, 1:00 – 1:15 PM",
      body: [
        "Hello,",
        "",
        "Zoë Nguyễn's conference with Ada Lund is booked for Tuesday, December 1, 2026, 1:00 – 1:15 PM.",
        "Where: Room 12",
        "To change or cancel it, use your sign-up link: https://school.test/book?t=abc",
        "",
        "Ada Lund",
        "Hill School",
      ].join("\n"),
    });
  });

  it("names the old and the new time of a move", () => {
    const { body } = noticeMessage(notice("moved", plus(DEC1_1PM, -1440)), context);
    expect(body).toContain("It was: Monday, November 30, 2026, 1:00 – 1:15 PM");
    expect(body).toContain("It is now: Tuesday, December 1, 2026, 1:00 – 1:15 PM");
  });

  it("says a conference is cancelled and how to book again, with or without a link", () => {
    const withLink = noticeMessage(notice("cancelled"), context);
    expect(withLink.subject).toBe(
      "Conference cancelled: Zoë Nguyễn, Tuesday, December 1, 2026, 1:00 – 1:15 PM",
    );
    expect(withLink.body).toContain(
      "Zoë Nguyễn's conference with Ada Lund on Tuesday, December 1, 2026, 1:00 – 1:15 PM is cancelled.\nPlease choose another time here: https://school.test/book?t=abc",
    );
    expect(noticeMessage(notice("cancelled"), { ...context, signupUrl: "" }).body).toContain(
      "Please contact Ada Lund to choose another time.",
    );
  });

  it("reminds, and invites a family that has not booked", () => {
    expect(noticeMessage(notice("reminder"), context).subject).toBe(
      "Reminder: Zoë Nguyễn's conference, Tuesday, December 1, 2026, 1:00 – 1:15 PM",
    );
    const invite = noticeMessage(notice("not-booked"), context);
    expect(invite.subject).toBe("Please book Zoë Nguyễn's conference");
    expect(invite.body).toContain(
      "Please choose a time that suits you here: https://school.test/book?t=abc",
    );
  });

  it("tells a family we missed them, with the advisor's words and the link", () => {
    const { subject, body } = noticeMessage(notice("no-show"), {
      ...context,
      feedback: "Zoë's portfolio is ready to share.",
    });
    expect(subject).toBe("We missed you: Zoë Nguyễn's conference");
    expect(body).toContain(
      "We missed you at Zoë Nguyễn's conference with Ada Lund on Tuesday, December 1, 2026, 1:00 – 1:15 PM.\nZoë's portfolio is ready to share.\nPlease choose another time here:",
    );
  });

  it("writes the time in the reader's locale", () => {
    expect(noticeMessage(notice("reminder"), { ...context, locale: "es" }).body).toContain(
      "martes, 1 de diciembre de 2026, 13:00–13:15",
    );
  });

  it("keeps a subject on one line whatever a name holds", () => {
    const { subject } = noticeMessage(notice("not-booked"), {
      ...context,
      studentName: "Zoë\r\nBcc: x@evil.test",
    });
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

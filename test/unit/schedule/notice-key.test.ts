/* Which earlier notice a new one replaces: one key per booking and audience, the latest kept. */
import type { Notice } from "../../../src/domain/schedule/decision";
import { latestPerKey, noticeKey } from "../../../src/domain/schedule/notice-key";

const notice = (kind: Notice["kind"], slotId: string): Notice => ({
  kind,
  studentId: "S1",
  slotId,
  start: "",
  previousStart: "",
});

describe("noticeKey", () => {
  it("gives a booking's confirmation, move and cancellation one key per audience", () => {
    const keys = [notice("confirmed", "a"), notice("moved", "b"), notice("cancelled", "b")].map(
      (n) => noticeKey(n, "Fall", "vi"),
    );
    expect(new Set(keys).size).toBe(1);
    expect(noticeKey(notice("moved", "b"), "Fall", "student")).not.toBe(keys[0]);
    expect(noticeKey(notice("moved", "b"), "Spring", "vi")).not.toBe(keys[0]);
  });

  it("keeps reminders and reminders to book apart from the booking's notices", () => {
    const booking = noticeKey(notice("confirmed", "a"), "Fall", "en");
    expect(noticeKey(notice("reminder", "a"), "Fall", "en")).not.toBe(booking);
    expect(noticeKey(notice("not-booked", ""), "", "en")).not.toBe(booking);
  });
});

describe("latestPerKey", () => {
  it("keeps only the last message of each key, in order", () => {
    expect(
      latestPerKey([
        { key: "a", n: 1 },
        { key: "b", n: 2 },
        { key: "a", n: 3 },
      ]),
    ).toEqual([
      { key: "b", n: 2 },
      { key: "a", n: 3 },
    ]);
  });
});

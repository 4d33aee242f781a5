/* Booking reminders go once per family link, to families with a guardian email. */
import { familiesToRemind } from "../../../src/domain/schedule/reminder-families";

const row = (studentName: string, link: string, email: string) => ({
  studentId: studentName,
  studentName,
  link,
  guardians: [{ name: "G", email, language: "en" }],
});

describe("familiesToRemind", () => {
  it("keeps the first row of each link with an email, and names those without one", () => {
    const zoe = row("Zoë", "L1", "mai@home.test");
    const kim = row("Kim", "L1", "mai@home.test");
    const mia = row("Mia", "L2", "");
    const sam = row("Sam", "L3", "mai@home.test");
    expect(familiesToRemind([zoe, kim, mia, sam])).toEqual({
      rows: [zoe, sam],
      withoutEmail: ["Mia"],
    });
  });
});

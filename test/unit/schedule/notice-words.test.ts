/* The words a staff member reads, before a change, about who tells the student and family. */
import { whoTells } from "../../../src/domain/schedule/notice-words";

describe("whoTells", () => {
  it("says drafted notices reach nobody until they are sent, and whose Gmail holds them", () => {
    const words = whoTells({ mode: "draft", mailbox: "hub@school.test" }, "the student and family");
    expect(words).toBe(
      "Confer drafts an email to the student and family in hub@school.test's Gmail: they are told once it is sent.",
    );
    expect(words).not.toMatch(/Confer tells/);
  });

  it("says sent notices go out from the mailbox", () => {
    expect(
      whoTells({ mode: "send", mailbox: "hub@school.test" }, "the 3 students and their families"),
    ).toBe("Confer emails the 3 students and their families from hub@school.test.");
  });
});

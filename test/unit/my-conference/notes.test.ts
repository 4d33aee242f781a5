/* Conference notes are kept as typed, whitespace alone as none, and refused past 8,000 characters or when not text. */
import { checkedNotes } from "../../../src/domain/my-conference/notes";

it("keeps notes as typed and whitespace alone as no notes", () => {
  expect(checkedNotes("  Talked about reading.\n")).toBe("  Talked about reading.\n");
  expect(checkedNotes(" \n ")).toBe("");
  expect(checkedNotes("x".repeat(8_000))).toHaveLength(8_000);
});

it("refuses notes past 8,000 characters, saying how long they are", () => {
  expect(() => checkedNotes("x".repeat(8_001))).toThrow(
    /at most 8,000 characters; these have 8,001/,
  );
});

it("refuses notes that are not text, so nothing is saved over the notes kept", () => {
  for (const notes of [undefined, null, 12, { notes: "x" }, ["x"]]) {
    expect(() => checkedNotes(notes)).toThrow("Conference notes must be text; nothing was saved.");
  }
});

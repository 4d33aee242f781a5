/* Drive links to file IDs, and whether an advisor can open a file from its permissions. */
import { advisorCanOpen, driveFileId } from "../../../src/domain/my-conference/artifact-access";

describe("driveFileId", () => {
  it.each([
    ["https://drive.google.com/file/d/1AbCdEfGhIjK/view?usp=sharing", "1AbCdEfGhIjK"],
    ["https://docs.google.com/document/d/1AbCdEfGhIjK_-x/edit", "1AbCdEfGhIjK_-x"],
    ["https://docs.google.com/spreadsheets/u/0/d/1AbCdEfGhIjK/edit", "1AbCdEfGhIjK"],
    ["https://drive.google.com/open?id=1AbCdEfGhIjK", "1AbCdEfGhIjK"],
    ["https://example.com/poster.pdf", ""],
  ])("reads %s", (link, id) => {
    expect(driveFileId(link)).toBe(id);
  });
});

describe("advisorCanOpen", () => {
  const advisor = "Advisor@School.test";
  it("is true for the advisor by name, their domain, or anyone with the link", () => {
    expect(advisorCanOpen([{ type: "user", emailAddress: "advisor@school.test" }], advisor)).toBe(
      true,
    );
    expect(advisorCanOpen([{ type: "domain", domain: "school.test" }], advisor)).toBe(true);
    expect(advisorCanOpen([{ type: "anyone" }], advisor)).toBe(true);
  });

  it("is false when the file is shared only with others", () => {
    expect(
      advisorCanOpen(
        [
          { type: "user", role: "owner", emailAddress: "kid@school.test" },
          { type: "domain", domain: "other.test" },
        ],
        advisor,
      ),
    ).toBe(false);
  });
});

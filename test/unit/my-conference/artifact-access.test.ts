/* Drive links to file IDs, and whether an advisor can open a file from its permissions. */
import {
  accessProblem,
  advisorCanOpen,
  driveFileId,
  problemWording,
} from "../../../src/domain/my-conference/artifact-access";

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

describe("accessProblem and its wording", () => {
  const advisor = "advisor@school.test";
  const listed = {
    ok: true as const,
    permissions: [{ type: "user", emailAddress: "kid@school.test" }],
  };

  it("judges by the advisor's permissions for the student, and by the advisor's own answer for the advisor", () => {
    expect(accessProblem(listed, "student", advisor)).toBe("cannot-open");
    expect(accessProblem({ ok: false, status: 404 }, "student", advisor)).toBe("cannot-check");
    expect(accessProblem(listed, "advisor", advisor)).toBeUndefined();
    expect(accessProblem({ ok: false, status: 403 }, "advisor", advisor)).toBeUndefined();
    expect(accessProblem({ ok: false, status: 404 }, "advisor", advisor)).toBe("cannot-open");
    expect(accessProblem({ ok: false, status: 503 }, "advisor", advisor)).toBe("cannot-check");
  });

  it("words the problem for whoever is looking", () => {
    expect(problemWording("cannot-open", "student", "Ana")).toBe(
      "Your advisor cannot open this file yet: share it with them.",
    );
    expect(problemWording("cannot-open", "advisor", "Ana")).toBe(
      "You cannot open this file yet. Ask Ana to share this with you.",
    );
    expect(problemWording("cannot-open", "coordinator", "Ana")).toMatch(
      /^Ana's advisor cannot open this file yet\. Ask Ana/,
    );
  });
});

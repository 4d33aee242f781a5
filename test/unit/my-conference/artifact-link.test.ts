/* Artifact links are web addresses; anything else is refused with the value named. */
import { artifactLinkProblem } from "../../../src/domain/my-conference/artifact-link";
import { artifactRequests, ConferenceEditError } from "../../../src/domain/my-conference/edits";
import type { PlacedSection } from "../../../src/domain/my-conference/placed";

it("accepts http and https addresses, as typed or as the Drive picker gives them", () => {
  for (const link of [
    "https://docs.google.com/document/d/1AbCdEfGhIjK/edit",
    "https://drive.google.com/file/d/1NotSharedPoster/view?usp=sharing",
    "http://example.com",
    "HTTPS://Example.org:8080/my-band#take-2",
  ]) {
    expect(artifactLinkProblem(link)).toBe("");
  }
});

it("refuses text that is not a web address, naming it", () => {
  for (const link of [
    "not a link",
    "docs.google.com/document/d/1AbCdEfGhIjK",
    "ftp://example.com/file",
    "javascript:alert(1)",
    "https://",
    "https://localhost/x",
    "https://exa mple.com",
  ]) {
    expect(artifactLinkProblem(link)).toContain(`“${link}” is not a link Confer can add`);
  }
});

it("shortens a long refused value", () => {
  const problem = artifactLinkProblem("x".repeat(200));
  expect(problem).toContain(`“${"x".repeat(80)}…”`);
  expect(problem).not.toContain("x".repeat(81));
});

it("writes nothing into the artifacts table for a link that is not a web address", () => {
  const section: PlacedSection = {
    start: 180,
    end: 300,
    paragraphs: [{ start: 180, end: 200, text: "My artifacts" }],
    tables: [[[{ start: 203, end: 208, text: "Link" }], [{ start: 214, end: 215, text: "" }]]],
    tableStarts: [200],
  };
  const artifact = {
    link: "not a link",
    subject: "Math",
    succeeding: "",
    challenged: "",
    future: "",
  };
  expect(() => artifactRequests(section, artifact)).toThrow(ConferenceEditError);
  expect(() => artifactRequests(section, artifact)).toThrow(/“not a link” is not a link/);
});

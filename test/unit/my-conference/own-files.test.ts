/* The artifact picker's Drive query and the links it makes for each kind of file. */
import { driveFileId } from "../../../src/domain/my-conference/artifact-access";
import { fileLink, ownFilesOf, ownFilesQuery } from "../../../src/domain/my-conference/own-files";

it("asks Drive for the caller's own, untrashed Docs, Slides, Sheets, PDFs and images, newest first", () => {
  const { q, orderBy, pageSize } = ownFilesQuery();
  expect(q.startsWith("'me' in owners and trashed = false and (mimeType = ")).toBe(true);
  for (const type of ["presentation", "spreadsheet", "document", "application/pdf", "image/png"]) {
    expect(q).toContain(type);
  }
  expect(orderBy).toBe("modifiedTime desc");
  expect(pageSize).toBe(50);
});

it("links each file so that driveFileId reads its ID back", () => {
  const id = "1AbCdEfGhIjKlMn";
  for (const type of [
    "application/vnd.google-apps.presentation",
    "application/pdf",
    "image/jpeg",
  ]) {
    expect(driveFileId(fileLink(id, type))).toBe(id);
  }
  expect(fileLink(id, "application/vnd.google-apps.document")).toBe(
    `https://docs.google.com/document/d/${id}/edit`,
  );
  expect(
    ownFilesOf([{ name: "no id" }, { id, name: "Poster", mimeType: "application/pdf" }]),
  ).toEqual([
    {
      id,
      name: "Poster",
      mimeType: "application/pdf",
      modifiedTime: "",
      link: fileLink(id, "application/pdf"),
    },
  ]);
});

/* Files that are not CSV, or hold a header and no rows: one problem for the file, none after it. */
import { asTableSource, importRoster, readOneRoster } from "../../../src/domain/roster";

const settings = { grades: ["6", "7"], defaultLanguage: "en" };
const empty = { students: [], staff: [], classes: [] };

const staff = "Email,Name,Roles\r\nana.diaz@school.test,Ana Díaz,teacher; advisor\r\n";
const classes =
  "Class ID,Course,Period,Grade,Teacher Email,Student IDs\r\n" +
  "M6-1,Math,1,6,ana.diaz@school.test,S1 S2\r\n" +
  "A6-1,Art,2,6,ana.diaz@school.test,S1 S2\r\n";
const students = [
  "Student ID,Given Name,Family Name,Preferred Name,Email,Grade,Advisor Email",
  "S1,Zoë,O'Brien,,zoe@school.test,6,ana.diaz@school.test",
  "S2,Jean,Pierre,,jean@school.test,6,ana.diaz@school.test",
].join("\r\n");

/** A file's bytes as the browser's File.text() gives them: UTF-8, bad bytes as U+FFFD. */
const asText = (bytes: readonly number[] | Buffer) => Buffer.from(bytes).toString("utf8");

const PNG = asText([
  ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
  ...Buffer.from('IHDR,"x"y,\n'.repeat(300)),
]);

function messagesFor(upload: Partial<{ students: string; staff: string; classes: string }>) {
  const outcome = importRoster(
    { format: "confer", students, staff, classes, ...upload },
    settings,
    empty,
  );
  return outcome.ok ? [] : outcome.messages;
}

describe("a chosen file that is not a CSV", () => {
  it("is one problem naming what it looks like, with nothing reported about the other files", () => {
    expect(messagesFor({ students: PNG })).toEqual([
      "students.csv: this is not a CSV file (it looks like a PNG image); export the sheet as CSV and choose that file",
    ]);
  });

  it("knows PDFs, workbooks (ZIP), GIFs and JPEGs by their first bytes", () => {
    const kinds = [
      [asText(Buffer.from("%PDF-1.7\n%\xE2\xE3\n1 0 obj", "latin1")), "a PDF document"],
      [asText([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "a ZIP archive"],
      [asText(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1")), "a GIF image"],
      [asText([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), "a JPEG image"],
    ];
    for (const [text, kind] of kinds) {
      const messages = messagesFor({ staff: text! });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(`staff.csv: this is not a CSV file (it looks like ${kind}`);
    }
  });

  it("is one problem when it holds NUL characters (a UTF-16 export, say), not one per line", () => {
    const utf16 = asText(Buffer.from(students, "utf16le"));
    expect(messagesFor({ students: utf16 })).toEqual([
      "students.csv: this is not a CSV file (it looks like binary data, not text); export the sheet as CSV and choose that file",
    ]);
  });

  it("is one problem when most of it cannot be read as text, even pasted as cells", () => {
    const garbage = asText(Array.from({ length: 400 }, (_, i) => (i * 37 + 128) % 256));
    const pasted = asTableSource(`a\tb\n${garbage}`);
    expect(typeof pasted).not.toBe("string");
    expect(messagesFor({ classes: `a\tb\n${garbage}` })).toEqual([
      "classes.csv: this is not a CSV file (it looks like binary data, not text); export the sheet as CSV and choose that file",
    ]);
  });

  it("still reads a CSV with a few characters lost to another encoding", () => {
    const latin1 = students.replace("Zoë", "Zo\uFFFD");
    const outcome = importRoster(
      { format: "confer", students: latin1, staff, classes },
      settings,
      empty,
    );
    expect(outcome.ok).toBe(true);
  });
});

describe("a file with a header and no rows", () => {
  const header = `${students.split("\r\n")[0]}\r\n`;

  it("is one problem for the students, not one per class that lists a student", () => {
    expect(messagesFor({ students: header })).toEqual(["students.csv: no rows under the header"]);
  });

  it("is one problem for the staff", () => {
    expect(messagesFor({ staff: "Email,Name,Roles\r\n" })).toEqual([
      "staff.csv: no rows under the header",
    ]);
  });

  it("is no classes for a classes file, which a school may fill in later", () => {
    const header = "Class ID,Course,Period,Grade,Teacher Email,Student IDs\r\n";
    const outcome = importRoster(
      { format: "confer", students, staff, classes: header },
      settings,
      empty,
    );
    expect(outcome.ok && outcome.roster.classes).toEqual([]);
  });

  it("is one problem for a OneRoster users.csv, and nothing about its enrollments", () => {
    const parsed = readOneRoster({
      users: "sourcedId,status,role,givenName,familyName,identifier,email\r\n",
      classes: "sourcedId,status,title,classType\r\nh1,active,Homeroom,homeroom\r\n",
      enrollments: "sourcedId,classSourcedId,userSourcedId,role\r\ne1,h1,s1,student\r\n",
    });
    expect(parsed.problems.map((p) => `${p.file}: ${p.reason}`)).toEqual([
      "users.csv: no rows under the header",
    ]);
  });
});

/* CSV as real exports write it: records, their starting lines, and errors naming the line. */
import { CsvError, parseCsv, pastedRecords } from "../../../src/domain/roster/csv";

describe("parseCsv", () => {
  it("strips a byte-order mark and reads CRLF, LF and CR line endings alike", () => {
    expect(parseCsv("\uFEFFa,b\r\nc,d\ne,f\rg,h")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["c", "d"] },
      { line: 3, fields: ["e", "f"] },
      { line: 4, fields: ["g", "h"] },
    ]);
  });

  it("reads quoted commas, doubled quotes and line breaks, and keeps each record's first line", () => {
    const text =
      'id,note\r\n1,"Smith, Jo"\r\n2,"She said ""hi""\r\nthen left\nfor good"\r\n3,end\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["id", "note"] },
      { line: 2, fields: ["1", "Smith, Jo"] },
      { line: 3, fields: ["2", 'She said "hi"\nthen left\nfor good'] },
      { line: 6, fields: ["3", "end"] },
    ]);
  });

  it("trims stray spaces around unquoted fields and around quotes, but not inside quotes", () => {
    expect(parseCsv('  a , b\t,  " c, d "  ,e ')).toEqual([
      { line: 1, fields: ["a", "b", " c, d ", "e"] },
    ]);
  });

  it("skips blank lines and a trailing empty line, and keeps empty fields", () => {
    expect(parseCsv("a,b,\n\n,,x\r\n\r\n")).toEqual([
      { line: 1, fields: ["a", "b", ""] },
      { line: 3, fields: ["", "", "x"] },
    ]);
  });

  it("keeps a record that is one quoted empty field", () => {
    expect(parseCsv('""\n')).toEqual([{ line: 1, fields: [""] }]);
  });

  it("reads nothing from an empty file or a lone byte-order mark", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("takes a quote inside an unquoted field literally", () => {
    expect(parseCsv('12" ruler,x')).toEqual([{ line: 1, fields: ['12" ruler', "x"] }]);
  });

  it("names the line where an unterminated quoted field starts", () => {
    const text = 'a,b\nc,d\ne,"never closed\nmore\nand more\n';
    expect(() => parseCsv(text)).toThrow(CsvError);
    try {
      parseCsv(text);
    } catch (error) {
      expect((error as CsvError).line).toBe(3);
      expect((error as CsvError).message).toBe(
        'line 3: a quoted field opens on this line and is never closed (a closing " is missing)',
      );
    }
  });

  it("refuses text after a closing quote, naming the record's first line", () => {
    expect(() => parseCsv('a\n"x\ny"z,1\n')).toThrow(
      new CsvError(
        2,
        'unexpected text after a closing quote (a " inside a quoted field must be doubled)',
      ),
    );
  });
});

describe("pastedRecords", () => {
  it("numbers rows as the sheet does, trims cells, writes numbers as text and skips empty rows", () => {
    expect(
      pastedRecords([
        ["Student ID", " Grade "],
        ["", null],
        [1042, 6],
        [true, undefined],
      ]),
    ).toEqual([
      { line: 1, fields: ["Student ID", "Grade"] },
      { line: 3, fields: ["1042", "6"] },
      { line: 4, fields: ["true", ""] },
    ]);
  });
});

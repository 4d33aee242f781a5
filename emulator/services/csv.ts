/*
 * Utilities.parseCsv: RFC 4180 fields with a one-character delimiter, quoted fields that may
 * hold delimiters, doubled quotes and line breaks. Reference:
 * developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
 */
export function parseCsv(csv: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(fieldText);
    rows.push(row);
    row = [];
    fieldText = "";
  };
  while (i < csv.length) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        fieldText += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else fieldText += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && fieldText === "") quoted = true;
    else if (ch === delimiter) {
      row.push(fieldText);
      fieldText = "";
    } else if (ch === "\r" && csv[i + 1] === "\n") {
      endRow();
      i += 1;
    } else if (ch === "\n" || ch === "\r") endRow();
    else fieldText += ch;
    i += 1;
  }
  if (fieldText !== "" || row.length > 0) endRow();
  return rows;
}

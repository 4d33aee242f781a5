/*
 * Whether a value satisfies a data validation rule. A rule that rejects invalid data makes a
 * script's write throw, as Sheets refuses it ("The data you entered in cell A1 violates ...").
 */
import { GoogleError } from "../core/errors";
import { columnToLetters } from "./a1";
import { isDateValue } from "./cell-values";
import type { CellValue, ValidationRule } from "./model";

export function satisfies(rule: ValidationRule, value: CellValue): boolean {
  if (value === "") return true;
  if (rule.criteria === "CHECKBOX") {
    const allowed = rule.values.length > 0 ? rule.values : [true, false];
    return allowed.some((v) => v === value || String(v) === String(value));
  }
  const list = (rule.values[0] ?? []) as readonly string[];
  const text = isDateValue(value) ? "" : String(value);
  return list.includes(text);
}

/** Throws Google's error when a write to a reject-invalid cell breaks its rule. */
export function checkValidation(
  rule: ValidationRule | null,
  value: CellValue,
  row: number,
  column: number,
): void {
  if (!rule || rule.allowInvalid || satisfies(rule, value)) return;
  throw new GoogleError(
    `The data you entered in cell ${columnToLetters(column)}${row} violates the data validation rules set on this cell.`,
  );
}

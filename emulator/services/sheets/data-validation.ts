/*
 * Data validation rules: SpreadsheetApp.newDataValidation() builds one (a list of values or a
 * checkbox), Range.setDataValidation applies it, and DataValidation reads it back.
 */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import type { ValidationRule } from "../../sheets/model";

export class EmulatedDataValidation
  extends Emulated
  implements
    Emulates<GoogleAppsScript.Spreadsheet.DataValidation, "getCriteriaValues" | "getAllowInvalid">
{
  static override readonly className = "DataValidation";
  static override readonly methods = [
    "getCriteriaType",
    "getCriteriaValues",
    "getAllowInvalid",
    "getHelpText",
  ];

  constructor(
    exec: Execution,
    readonly rule: ValidationRule,
  ) {
    super(exec);
  }

  /** The DataValidationCriteria enum member's name, e.g. "VALUE_IN_LIST". */
  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return structuredClone([...this.rule.values]);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  /** The rule's help text, or null when none is set. */
  getHelpText(): string | null {
    return this.rule.helpText === "" ? null : this.rule.helpText;
  }
}

export class EmulatedDataValidationBuilder
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      "requireValueInList" | "requireCheckbox" | "setAllowInvalid" | "setHelpText"
    >
{
  static override readonly className = "DataValidationBuilder";
  static override readonly methods = [
    "requireValueInList",
    "requireCheckbox",
    "setAllowInvalid",
    "setHelpText",
    "build",
  ];
  private criteria: ValidationRule["criteria"] | undefined;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";

  requireValueInList(values: string[], showDropdown?: boolean): EmulatedDataValidationBuilder {
    if (!Array.isArray(values)) {
      throw new GoogleError(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    this.criteria = "VALUE_IN_LIST";
    this.values = [values.map(String), showDropdown ?? true];
    return this;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): EmulatedDataValidationBuilder {
    this.criteria = "CHECKBOX";
    this.values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): EmulatedDataValidationBuilder {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): EmulatedDataValidationBuilder {
    this.helpText = String(helpText ?? "");
    return this;
  }

  build(): EmulatedDataValidation {
    if (!this.criteria) {
      throw new GoogleError("You must specify a criteria for the data validation rule.");
    }
    return new EmulatedDataValidation(this.exec, {
      criteria: this.criteria,
      values: this.values,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}

/*
 * DocumentApp's Document: a Google Doc's name, URL and body, and its named ranges.
 * Reference: developers.google.com/apps-script/reference/document/document
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { EmulatedBody } from "./body";
import { DocRef } from "./doc-ref";
import { DocElement } from "./element";
import { EmulatedNamedRange, EmulatedRange, EmulatedRangeBuilder } from "./range";

export class EmulatedDocument
  extends DocElement
  implements
    Emulates<
      GoogleAppsScript.Document.Document,
      "getId" | "getName" | "getUrl" | "saveAndClose" | "setName"
    >
{
  static override readonly className = "Document";
  static override readonly methods = [
    "getId",
    "getName",
    "setName",
    "getUrl",
    "getBody",
    "saveAndClose",
    "addNamedRange",
    "getNamedRanges",
    "getNamedRangeById",
    "newRange",
  ];

  constructor(exec: Execution, id: string) {
    super(exec, new DocRef(id));
  }

  getId(): string {
    return this.doc.id;
  }

  getName(): string {
    return this.doc.file(this.exec).name;
  }

  setName(name: string): EmulatedDocument {
    if (name === undefined || name === null) throw new GoogleError("Invalid argument: name");
    this.write();
    this.doc.file(this.exec, "editor").name = String(name);
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.doc.id}`;
  }

  getBody(): EmulatedBody {
    this.read();
    return new EmulatedBody(this.exec, this.doc);
  }

  /** Saves and closes this Document object: later edits through it throw, as documented. */
  saveAndClose(): void {
    this.doc.closed = true;
  }

  /** Names a range; names need not be unique, and must be 1 to 256 characters long. */
  addNamedRange(name: string, range: GoogleAppsScript.Document.Range): EmulatedNamedRange {
    const value = String(name ?? "");
    if (value.length < 1 || value.length > 256) throw new GoogleError("Invalid argument: name");
    const given = range as unknown;
    if (!(given instanceof EmulatedRange)) throw new GoogleError("Invalid argument: range");
    const content = this.write();
    const spans = given.spans(content).map((s) => ({ ...s }));
    if (spans.length === 0) throw new GoogleError("Invalid argument: range");
    const record = { id: content.allocateId(), name: value, ranges: spans };
    content.namedRanges.push(record);
    content.changed();
    return new EmulatedNamedRange(this.exec, this.doc, record);
  }

  getNamedRanges(name?: string): EmulatedNamedRange[] {
    const content = this.read();
    return content.namedRanges
      .filter((n) => name === undefined || n.name === name)
      .map((n) => new EmulatedNamedRange(this.exec, this.doc, n));
  }

  getNamedRangeById(id: string): EmulatedNamedRange | null {
    const record = this.read().namedRanges.find((n) => n.id === id);
    return record ? new EmulatedNamedRange(this.exec, this.doc, record) : null;
  }

  newRange(): EmulatedRangeBuilder {
    this.read();
    return new EmulatedRangeBuilder(this.exec, this.doc);
  }
}

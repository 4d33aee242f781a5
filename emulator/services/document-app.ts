/*
 * DocumentApp: the Docs service's entry point. It creates and opens Google Docs (with the
 * user's Drive access), gives the add-on's UI, and exposes the service's enums.
 * Reference: developers.google.com/apps-script/reference/document/document-app
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { DocumentContent } from "../docs/model";
import { MIME } from "../drive/store";
import { EmulatedDocument } from "./docs/document";
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
} from "./docs/enums";
import { type EmulatedUi, uiFor } from "./ui";

export class EmulatedDocumentApp
  extends Emulated
  implements Emulates<GoogleAppsScript.Document.DocumentApp, "getUi">
{
  static override readonly className = "DocumentApp";
  static override readonly methods = [
    "getUi",
    "create",
    "openById",
    "openByUrl",
    "getActiveDocument",
  ];
  static override readonly properties = [
    "ParagraphHeading",
    "ElementType",
    "GlyphType",
    "HorizontalAlignment",
    "Attribute",
  ];
  readonly ParagraphHeading = ParagraphHeading;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly Attribute = Attribute;

  getUi(): EmulatedUi {
    return uiFor(this.exec, "Docs");
  }

  /** A new, empty Doc in the user's My Drive; spends the "documents created" daily quota. */
  create(name: string): EmulatedDocument {
    if (name === undefined || name === null || String(name) === "") {
      throw new GoogleError("Invalid argument: name");
    }
    const user = this.exec.effectiveUser;
    this.exec.workspace.quotas.spend(user, "documentsCreated");
    const file = this.exec.workspace.drive.create({
      name: String(name),
      mimeType: MIME.document,
      owner: user,
      content: DocumentContent.create(),
    });
    return new EmulatedDocument(this.exec, file.id);
  }

  openById(id: string): EmulatedDocument {
    if (typeof id !== "string" || id === "") throw new GoogleError("Invalid argument: id");
    const document = new EmulatedDocument(this.exec, id);
    document.doc.file(this.exec, "viewer");
    return document;
  }

  openByUrl(url: string): EmulatedDocument {
    const match = /\/d\/([-\w]{10,})|[?&]id=([-\w]{10,})/.exec(String(url ?? ""));
    const id = match?.[1] ?? match?.[2];
    if (!id) throw new GoogleError("Invalid argument: url");
    return this.openById(id);
  }

  /** The Doc the script is bound to or the add-on runs in, or null outside one. */
  getActiveDocument(): EmulatedDocument | null {
    const id = this.exec.containerId;
    const file = id ? this.exec.workspace.drive.get(id) : undefined;
    if (!file || file.mimeType !== MIME.document) return null;
    return this.openById(file.id);
  }
}

/* Blob: bytes with a content type and a name, as Utilities.newBlob and HTTPResponse.getBlob make them. */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import { decodeText, encodeText, fromByteArray, isByteArray, toSignedBytes } from "./bytes";

export class EmulatedBlob
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Base.Blob,
      | "getBytes"
      | "getDataAsString"
      | "getContentType"
      | "setContentType"
      | "getName"
      | "setName"
      | "copyBlob"
      | "setDataFromString"
      | "setBytes"
    >
{
  static override readonly className = "Blob";
  static override readonly methods = [
    "getBytes",
    "getDataAsString",
    "getContentType",
    "setContentType",
    "getName",
    "setName",
    "copyBlob",
    "setDataFromString",
    "setBytes",
  ];

  constructor(
    exec: Execution,
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {
    super(exec);
  }

  get data(): Buffer {
    return this.bytes;
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getDataAsString(charset?: string): string {
    return decodeText(this.bytes, charset);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): EmulatedBlob {
    this.contentType = contentType === null ? null : String(contentType);
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): EmulatedBlob {
    this.name = String(name);
    return this;
  }

  setDataFromString(text: string, charset?: string): EmulatedBlob {
    this.bytes = encodeText(String(text), charset);
    return this;
  }

  setBytes(data: number[]): EmulatedBlob {
    if (!isByteArray(data)) throw new GoogleError("Invalid argument: data");
    this.bytes = fromByteArray(data);
    return this;
  }

  copyBlob(): EmulatedBlob {
    return new EmulatedBlob(this.exec, Buffer.from(this.bytes), this.contentType, this.name);
  }

  override describe(): {
    kind: "Blob";
    contentType: string | null;
    name: string | null;
    text: string;
  } {
    return {
      kind: "Blob",
      contentType: this.contentType,
      name: this.name,
      text: this.bytes.toString("utf8"),
    };
  }
}

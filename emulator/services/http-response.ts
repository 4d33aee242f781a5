/*
 * HTTPResponse: what UrlFetchApp.fetch returns. Reference:
 * developers.google.com/apps-script/reference/url-fetch/http-response
 */
import { Emulated, type Emulates } from "../core/emulated";
import type { Execution } from "../core/execution";
import { EmulatedBlob } from "./blob";
import { decodeText } from "./bytes";

export interface HttpReply {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export class EmulatedHttpResponse
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.URL_Fetch.HTTPResponse,
      "getResponseCode" | "getContentText" | "getHeaders" | "getAllHeaders" | "getBlob"
    >
{
  static override readonly className = "HTTPResponse";
  static override readonly methods = [
    "getResponseCode",
    "getContentText",
    "getHeaders",
    "getAllHeaders",
    "getBlob",
  ];
  private readonly bytes: Buffer;

  constructor(
    exec: Execution,
    private readonly reply: HttpReply,
  ) {
    super(exec);
    this.bytes = Buffer.from(reply.body, "utf8");
  }

  getResponseCode(): number {
    return this.reply.status;
  }

  getContentText(charset?: string): string {
    return decodeText(this.bytes, charset);
  }

  getHeaders(): Record<string, string> {
    return { ...this.reply.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this.reply.headers };
  }

  getBlob(): EmulatedBlob {
    const type = Object.entries(this.reply.headers).find(
      ([name]) => name.toLowerCase() === "content-type",
    )?.[1];
    return new EmulatedBlob(this.exec, Buffer.from(this.bytes), type ?? null, null);
  }

  override describe(): HttpReply {
    return { ...this.reply };
  }
}

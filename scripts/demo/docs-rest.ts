/* A person reading and editing a Google Doc through the Docs REST API, within one execution of theirs. */
import { callRest, type Execution } from "../../emulator";

export interface DocElement {
  readonly startIndex?: number;
  readonly paragraph?: { readonly elements?: readonly { textRun?: { content?: string } }[] };
  readonly table?: {
    readonly tableRows: readonly {
      readonly tableCells: readonly { readonly content: readonly DocElement[] }[];
    }[];
  };
}

export interface DocResource {
  readonly body: { readonly content: readonly DocElement[] };
  readonly namedRanges?: Readonly<
    Record<string, { namedRanges: { ranges: { startIndex: number; endIndex: number }[] }[] }>
  >;
}

function call(exec: Execution, method: string, url: string, body?: unknown): string {
  const token = exec.workspace.tokenFor(exec.effectiveUser);
  const reply = callRest(exec, {
    method,
    url,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? "" : JSON.stringify(body),
  });
  if (!reply) throw new Error(`The Docs API has no route for ${method} ${url}.`);
  if (reply.status !== 200) {
    throw new Error(`${method} ${url} as ${exec.effectiveUser}: ${reply.status} ${reply.body}`);
  }
  return reply.body;
}

const DOCS = "https://docs.googleapis.com/v1/documents";

export function getDocument(exec: Execution, docId: string): DocResource {
  return JSON.parse(call(exec, "GET", `${DOCS}/${docId}`)) as DocResource;
}

export function batchUpdate(exec: Execution, docId: string, requests: readonly unknown[]): void {
  call(exec, "POST", `${DOCS}/${docId}:batchUpdate`, { requests });
}

/** The ranges of a named section; a doc without it cannot be prepared. */
export function sectionRanges(doc: DocResource, section: string) {
  const ranges = doc.namedRanges?.[section]?.namedRanges[0]?.ranges ?? [];
  if (ranges.length === 0) throw new Error(`The doc has no named range ${section}.`);
  return {
    start: Math.min(...ranges.map((r) => r.startIndex)),
    end: Math.max(...ranges.map((r) => r.endIndex)),
  };
}

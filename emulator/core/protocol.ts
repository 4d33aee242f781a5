/* The messages between a running script and the host that owns the Workspace state. */
import type { ExecutionReport, RunRequest, RunResult } from "./run-request";

/** An emulated object, as it crosses to the script side. */
export interface ObjectRef {
  readonly __emulated: number;
  readonly className: string;
  readonly methods: readonly string[];
  readonly properties: readonly string[];
  /** Whether the script may set arbitrary properties on it (an HtmlTemplate's variables). */
  readonly settable: boolean;
}

/** A proxy, as the script side passes it back. */
export interface HandleRef {
  readonly __handle: number;
}

export interface GlobalRef {
  readonly name: string;
  readonly ref: ObjectRef;
}

export interface BeginReply {
  readonly execId: number;
  readonly globals: readonly GlobalRef[];
}

export type CallReply =
  | { readonly kind: "value"; readonly value: unknown; readonly realMs: number }
  | { readonly kind: "error"; readonly name: string; readonly message: string }
  | { readonly kind: "retry"; readonly token: number; readonly realMs: number }
  | { readonly kind: "nested"; readonly token: number; readonly requests: readonly RunRequest[] };

export interface HostApi {
  begin(request: RunRequest): BeginReply;
  call(execId: number, handle: number, method: string, args: readonly unknown[]): CallReply;
  property(execId: number, handle: number, name: string): CallReply;
  assign(execId: number, handle: number, name: string, value: unknown): CallReply;
  retry(execId: number, token: number): CallReply;
  nestedDone(execId: number, token: number, results: readonly RunResult[]): CallReply;
  /** The execution's wall clock in epoch ms: its start plus the modelled time it has spent. */
  now(execId: number): number;
  /** Ends the execution; emulated objects in its return value become their `describe()`. */
  end(execId: number, value?: unknown): { report: ExecutionReport; value: unknown };
}

export function isObjectRef(value: unknown): value is ObjectRef {
  return typeof value === "object" && value !== null && "__emulated" in value;
}

export function isHandleRef(value: unknown): value is HandleRef {
  return typeof value === "object" && value !== null && "__handle" in value;
}

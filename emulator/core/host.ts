/*
 * The host side of executions: it owns the Workspace state, hands each execution its
 * globals as numbered handles, and answers calls. Scripts reach it directly (in-process)
 * or through a worker thread's synchronous messages; the answers are the same.
 */
import { callAgain, invoke, readProperty } from "./dispatch";
import { type Emulated, isEmulated } from "./emulated";
import type { Execution } from "./execution";
import { isDate } from "./marshal";
import {
  type BeginReply,
  type CallReply,
  type HostApi,
  isHandleRef,
  type ObjectRef,
} from "./protocol";
import type { ExecutionReport, RunRequest, RunResult } from "./run-request";
import { type RunNested, WaitThenRetry, WaitThenReturn } from "./signals";
import type { Workspace } from "./workspace";

interface Pending {
  readonly target: Emulated;
  readonly method: string;
  readonly args: readonly unknown[];
  readonly nested?: RunNested;
}

interface Live {
  readonly exec: Execution;
  readonly handles: Map<number, Emulated>;
  readonly handleOf: Map<Emulated, number>;
  readonly pending: Map<number, Pending>;
  nextToken: number;
}

export class Host implements HostApi {
  private readonly live = new Map<number, Live>();

  constructor(
    private readonly workspace: Workspace,
    private readonly createGlobals: (exec: Execution) => Record<string, Emulated>,
    private readonly minRetryRealMs = 0,
    private readonly timeScale = 0,
  ) {}

  /** What each unfinished execution is doing, for a diagnosis when a concurrent run is stuck. */
  describeLive(): string {
    return [...this.live.values()]
      .map(({ exec, pending }) => {
        const waits = [...pending.values()].map(
          (p) => `${p.target.emulatedClass.className}.${p.method}`,
        );
        return `#${exec.id} ${exec.fn} as ${exec.effectiveUser} (${exec.kind}, ${Math.round(exec.clockMs)} ms modelled${waits.length ? `, waiting in ${waits.join(", ")}` : ""})`;
      })
      .join("; ");
  }

  begin(request: RunRequest): BeginReply {
    const exec = this.workspace.begin(request);
    exec.timeScale = this.timeScale;
    const live: Live = {
      exec,
      handles: new Map(),
      handleOf: new Map(),
      pending: new Map(),
      nextToken: 1,
    };
    this.live.set(exec.id, live);
    const globals = Object.entries(this.createGlobals(exec)).map(([name, obj]) => ({
      name,
      ref: this.refOf(live, obj),
    }));
    return { execId: exec.id, globals };
  }

  call(execId: number, handle: number, method: string, args: readonly unknown[]): CallReply {
    const live = this.require(execId);
    const target = this.target(live, handle);
    return this.attempt(live, () => {
      const decoded = args.map((arg) => this.decode(live, arg));
      const before = live.exec.clockMs;
      const outcome = invoke(target, method, decoded);
      return this.settle(live, outcome, { target, method, args: decoded }, before);
    });
  }

  property(execId: number, handle: number, name: string): CallReply {
    const live = this.require(execId);
    return this.attempt(live, () => ({
      kind: "value",
      value: this.encode(live, readProperty(this.target(live, handle), name)),
      realMs: 0,
    }));
  }

  assign(execId: number, handle: number, name: string, value: unknown): CallReply {
    const live = this.require(execId);
    return this.attempt(live, () => {
      this.target(live, handle).assign(name, this.decode(live, value));
      return { kind: "value", value: undefined, realMs: 0 };
    });
  }

  retry(execId: number, token: number): CallReply {
    const live = this.require(execId);
    const pending = this.takePending(live, token);
    return this.attempt(live, () => {
      const before = live.exec.clockMs;
      return this.settle(
        live,
        callAgain(pending.target, pending.method, pending.args),
        pending,
        before,
      );
    });
  }

  nestedDone(execId: number, token: number, results: readonly RunResult[]): CallReply {
    const live = this.require(execId);
    const pending = this.takePending(live, token);
    return this.attempt(live, () => {
      const before = live.exec.clockMs;
      const value = pending.nested!.finish(results);
      return this.settle(live, { kind: "value", value }, pending, before);
    });
  }

  now(execId: number): number {
    const { exec } = this.require(execId);
    return exec.startedAt + exec.clockMs;
  }

  end(execId: number, value?: unknown): { report: ExecutionReport; value: unknown } {
    const live = this.require(execId);
    const described = this.describe(live, value);
    this.live.delete(execId);
    this.workspace.end(live.exec);
    return { report: live.exec.report(), value: described };
  }

  private describe(live: Live, value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (isHandleRef(value)) return this.target(live, value.__handle).describe();
    if (isDate(value) || ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.describe(live, item));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = this.describe(live, item);
    return out;
  }

  private settle(
    live: Live,
    outcome: ReturnType<typeof invoke>,
    call: Pending,
    clockBefore: number,
  ): CallReply {
    const exec = live.exec;
    const realMs = () => (exec.clockMs - clockBefore) * exec.timeScale;
    if (outcome.kind === "value") {
      return { kind: "value", value: this.encode(live, outcome.value), realMs: realMs() };
    }
    const signal = outcome.signal;
    if (signal instanceof WaitThenReturn) {
      exec.advance(signal.modelMs);
      return { kind: "value", value: this.encode(live, signal.value), realMs: realMs() };
    }
    const token = live.nextToken++;
    if (signal instanceof WaitThenRetry) {
      exec.advance(signal.modelMs);
      live.pending.set(token, call);
      return { kind: "retry", token, realMs: Math.max(this.minRetryRealMs, realMs()) };
    }
    live.pending.set(token, { ...call, nested: signal });
    return { kind: "nested", token, requests: signal.requests };
  }

  private attempt(live: Live, body: () => CallReply): CallReply {
    try {
      return body();
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      if (!(thrown instanceof Error) || !isGoogleShaped(error)) {
        live.exec.logs.push(`emulator fault: ${error.stack ?? error.message}`);
      }
      return { kind: "error", name: error.name, message: error.message };
    }
  }

  private require(execId: number): Live {
    const live = this.live.get(execId);
    if (!live) throw new Error(`Execution ${execId} is not running`);
    return live;
  }

  private target(live: Live, handle: number): Emulated {
    const target = live.handles.get(handle);
    if (!target) throw new Error(`Unknown object handle ${handle}`);
    return target;
  }

  private takePending(live: Live, token: number): Pending {
    const pending = live.pending.get(token);
    if (!pending) throw new Error(`Unknown continuation ${token}`);
    live.pending.delete(token);
    return pending;
  }

  private refOf(live: Live, obj: Emulated): ObjectRef {
    let handle = live.handleOf.get(obj);
    if (handle === undefined) {
      handle = live.handles.size + 1;
      live.handles.set(handle, obj);
      live.handleOf.set(obj, handle);
    }
    const cls = obj.emulatedClass;
    return {
      __emulated: handle,
      className: cls.className,
      methods: cls.methods,
      properties: cls.properties ?? [],
      settable: cls.settable === true,
    };
  }

  private encode(live: Live, value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (isEmulated(value)) return this.refOf(live, value);
    if (isDate(value) || ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.encode(live, item));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = this.encode(live, item);
    return out;
  }

  private decode(live: Live, value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (isHandleRef(value)) return this.target(live, value.__handle);
    if (isDate(value)) return new Date(value.getTime());
    if (ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.decode(live, item));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = this.decode(live, item);
    return out;
  }
}

/** Errors the emulator raises on purpose carry Google's names; anything else is a fault in it. */
function isGoogleShaped(error: Error): boolean {
  return error.name === "Exception" || error.constructor.name === "GoogleError";
}

/*
 * The script side of an execution: a fresh V8 context loaded with the bundle by gas-local,
 * whose Apps Script globals are proxies that forward every call to the host.
 * The same code runs in-process and inside a worker thread; only the link differs.
 */
import vm from "node:vm";
import gas from "gas-local";
import { errorIn, fromRealm, isDate, type Realm } from "./marshal";
import { type CallReply, type HostApi, isObjectRef, type ObjectRef } from "./protocol";
import type { ExecutionReport, RunRequest, RunResult } from "./run-request";

export interface ScriptSideOptions {
  readonly bundleDir: string;
  readonly host: HostApi;
  /** Blocks the thread for real time; a no-op in-process. */
  readonly sleep: (realMs: number) => void;
}

/**
 * The script's Date follows the execution's modelled clock, so `new Date()` and `Date.now()` see
 * the time that the modelled service calls have spent, as a script on Google's servers would.
 */
const MODELLED_DATE = `(function (now) {
  const Base = globalThis.Date;
  class Date extends Base {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  Object.defineProperty(globalThis, "Date", { value: Date, writable: true, configurable: true });
})`;

class ScriptContext {
  readonly sandbox: Record<string, unknown> = {};
  readonly realm: Realm;
  private readonly proxies = new Map<number, object>();
  private readonly handleOfProxy = new WeakMap<object, number>();

  constructor(
    private readonly options: ScriptSideOptions,
    readonly execId: number,
  ) {
    vm.createContext(this.sandbox);
    const installClock = vm.runInContext(MODELLED_DATE, this.sandbox) as (
      now: () => number,
    ) => void;
    installClock(() => this.options.host.now(this.execId));
    this.realm = vm.runInContext("({ Array, Object, Date, Error })", this.sandbox) as Realm;
  }

  proxyFor(ref: ObjectRef): object {
    const existing = this.proxies.get(ref.__emulated);
    if (existing) return existing;
    const methods = new Set(ref.methods);
    const properties = new Set(ref.properties);
    const handle = ref.__emulated;
    const callers = new Map<string, (...args: unknown[]) => unknown>();
    const proxy = new Proxy(new this.realm.Object(), {
      get: (_target, name) => {
        if (typeof name === "symbol") return undefined;
        if (name === "toString") return () => ref.className;
        if (properties.has(name))
          return this.settle(this.options.host.property(this.execId, handle, name));
        let caller = callers.get(name);
        if (!caller) {
          caller = methods.has(name)
            ? (...args: unknown[]) => this.call(handle, name, args)
            : () => {
                throw errorIn(this.realm, new Error(`not emulated: ${ref.className}.${name}`));
              };
          callers.set(name, caller);
        }
        return caller;
      },
      set: (_target, name, value) => {
        if (!ref.settable || typeof name === "symbol") return false;
        const encoded = this.encodeArg(value);
        this.settle(this.options.host.assign(this.execId, handle, name, encoded));
        return true;
      },
      has: (_target, name) =>
        typeof name === "string" && (methods.has(name) || properties.has(name)),
    });
    this.proxies.set(handle, proxy);
    this.handleOfProxy.set(proxy, handle);
    return proxy;
  }

  private encodeArg(arg: unknown): unknown {
    return fromRealm(arg, (obj) => {
      const h = this.handleOfProxy.get(obj);
      return h === undefined ? obj : { __handle: h };
    });
  }

  private call(handle: number, method: string, args: readonly unknown[]): unknown {
    const encoded = args.map((arg) => this.encodeArg(arg));
    return this.settle(this.options.host.call(this.execId, handle, method, encoded));
  }

  private settle(first: CallReply): unknown {
    let reply = first;
    for (;;) {
      switch (reply.kind) {
        case "value":
          if (reply.realMs > 0) this.options.sleep(reply.realMs);
          return this.decode(reply.value);
        case "error": {
          const error = new this.realm.Error(reply.message);
          error.name = reply.name;
          throw error;
        }
        case "retry":
          this.options.sleep(reply.realMs);
          reply = this.options.host.retry(this.execId, reply.token);
          break;
        case "nested": {
          const results = reply.requests.map((request) => runScript(this.options, request));
          reply = this.options.host.nestedDone(this.execId, reply.token, results);
          break;
        }
      }
    }
  }

  decode(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (isObjectRef(value)) return this.proxyFor(value);
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) {
      const out = new this.realm.Array();
      for (const item of value) out.push(this.decode(item));
      return out;
    }
    const out = new this.realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = this.decode(item);
    return out;
  }

  plain(value: unknown): unknown {
    return this.encodeArg(value);
  }
}

function describe(thrown: unknown): { name: string; message: string; stack?: string } {
  if (thrown !== null && typeof thrown === "object" && "message" in thrown) {
    const error = thrown as { name?: unknown; message: unknown; stack?: unknown };
    return {
      name: typeof error.name === "string" ? error.name : "Error",
      message: String(error.message),
      ...(typeof error.stack === "string" ? { stack: error.stack } : {}),
    };
  }
  return { name: "Error", message: String(thrown) };
}

function refusedReport(request: RunRequest): ExecutionReport {
  return {
    id: 0,
    fn: request.fn,
    user: request.as,
    activeUser: request.activeUser ?? request.as,
    kind: request.kind ?? "editor",
    calls: 0,
    counts: {},
    modelledMs: 0,
    lockHeldMs: 0,
    logs: [],
    fetchRounds: [],
  };
}

/** Runs one execution to its end: begin, load the bundle, call the function, end. */
export function runScript(options: ScriptSideOptions, request: RunRequest): RunResult {
  let begun: ReturnType<HostApi["begin"]>;
  try {
    begun = options.host.begin(request);
  } catch (thrown) {
    return { ok: false, refused: true, error: describe(thrown), report: refusedReport(request) };
  }
  const context = new ScriptContext(options, begun.execId);
  let outcome: { ok: boolean; value?: unknown; error?: RunResult["error"] };
  try {
    for (const global of begun.globals) {
      context.sandbox[global.name] = context.proxyFor(global.ref);
    }
    gas.require(options.bundleDir, context.sandbox);
    const fn = context.sandbox[request.fn];
    if (typeof fn !== "function") {
      throw new Error(`Script function not found: ${request.fn}`);
    }
    const args = (request.args ?? []).map((arg) => context.decode(arg));
    outcome = { ok: true, value: context.plain(fn(...args)) };
  } catch (thrown) {
    outcome = { ok: false, error: describe(thrown) };
  }
  const ended = options.host.end(begun.execId, outcome.value);
  return outcome.ok
    ? { ok: true, value: ended.value, report: ended.report }
    : { ok: false, error: outcome.error, report: ended.report };
}

/*
 * One execution of the bundle: who runs it, its modelled clock, and its per-call counts.
 * Every service call goes through `charge`, which enforces the execution-time limit,
 * fires injected faults and adds the call's modelled latency.
 */
import { createHash } from "node:crypto";
import { exceededExecutionTime, GoogleError } from "./errors";
import { LIMITS } from "./quotas";
import type {
  AuthMode,
  ExecutionKind,
  ExecutionReport,
  RoundRequest,
  RunRequest,
} from "./run-request";
import type { Workspace } from "./workspace";

let nextExecutionId = 1;

const UNAUTHORIZED_CLASSES = new Set(["Ui", "Menu", "Logger", "console"]);
const UNAUTHORIZED_CALLS = new Set(["SpreadsheetApp.getUi", "DocumentApp.getUi"]);

/** In AuthMode.NONE an add-on may build its menu and log, and nothing else. */
function callableWithoutAuthorization(className: string, method: string): boolean {
  return UNAUTHORIZED_CLASSES.has(className) || UNAUTHORIZED_CALLS.has(`${className}.${method}`);
}

export class Execution {
  readonly id = nextExecutionId++;
  readonly fn: string;
  readonly effectiveUser: string;
  readonly activeUser: string;
  readonly authMode: AuthMode;
  readonly kind: ExecutionKind;
  readonly containerId: string | undefined;
  readonly webAppUrl: string | undefined;
  readonly counts = new Map<string, number>();
  readonly logs: string[] = [];
  clockMs = 0;
  /** The wall-clock time (epoch ms) at which the execution started. */
  readonly startedAt: number;
  finished = false;
  /** Real milliseconds slept per modelled millisecond; 0 runs as fast as the CPU allows. */
  timeScale = 0;
  /** Modelled time at which the current blocking wait (a lock) began. */
  waitStartedAt: number | undefined;
  /** Modelled time each lock this execution holds was taken at, by lock key. */
  private readonly lockTakenAt = new Map<string, number>();
  private lockHeldMs = 0;
  private readonly rounds: { requests: RoundRequest[] }[] = [];
  /** Digests of the REST requests already sent, to tell a resend from a first send. */
  private readonly sentBefore = new Set<string>();

  constructor(
    readonly workspace: Workspace,
    request: RunRequest,
  ) {
    this.fn = request.fn;
    this.startedAt = request.startsAt ?? workspace.now();
    this.effectiveUser = workspace.users.require(request.as).email;
    this.kind = request.kind ?? "editor";
    this.authMode = request.authMode ?? "FULL";
    this.containerId = request.containerId;
    this.webAppUrl = request.webAppUrl;
    this.activeUser = this.resolveActiveUser(request.activeUser ?? request.as);
    this.clockMs = workspace.latency.perUnitMs("Execution.start");
  }

  /** Google reveals the active user only within the effective user's domain. */
  private resolveActiveUser(email: string): string {
    if (email === "") return "";
    const active = this.workspace.users.find(email);
    if (!active) return "";
    const effective = this.workspace.users.require(this.effectiveUser);
    return active.domain === effective.domain ? active.email : "";
  }

  /** Accounts for one service call, or throws as Google would before making it. */
  charge(className: string, method: string): void {
    if (this.finished) throw new GoogleError("The execution has already ended.");
    if (this.clockMs >= LIMITS.executionMs) throw exceededExecutionTime();
    if (this.authMode === "NONE" && !callableWithoutAuthorization(className, method)) {
      throw new GoogleError(
        `You do not have permission to call ${className}.${method}: the script is not authorized (AuthMode.NONE).`,
      );
    }
    const key = `${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.workspace.faults.check(key);
    this.advance(this.workspace.latency.msFor(className, method));
  }

  /** A fetch or fetchAll begins: the REST requests it sends are recorded as one round. */
  openFetchRound(): void {
    this.rounds.push({ requests: [] });
  }

  /** Records one REST request of the current round and how Google answered it. */
  noteRest(key: string, request: { method: string; url: string; body: string }, status: number) {
    const digest = createHash("sha1")
      .update(`${request.method.toUpperCase()} ${request.url}\n${request.body}`)
      .digest("hex");
    const resent = this.sentBefore.has(digest);
    this.sentBefore.add(digest);
    if (this.rounds.length === 0) this.openFetchRound();
    this.rounds.at(-1)!.requests.push({ key, status, resent });
  }

  advance(ms: number): void {
    this.clockMs += ms;
  }

  lockTaken(key: string): void {
    if (!this.lockTakenAt.has(key)) this.lockTakenAt.set(key, this.clockMs);
  }

  lockReleased(key: string): void {
    const taken = this.lockTakenAt.get(key);
    if (taken === undefined) return;
    this.lockHeldMs += this.clockMs - taken;
    this.lockTakenAt.delete(key);
  }

  /** Modelled time spent holding a lock, counting a lock still held until now. */
  private heldSoFar(): number {
    let held = this.lockHeldMs;
    for (const taken of this.lockTakenAt.values()) held += this.clockMs - taken;
    return held;
  }

  get calls(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  report(): ExecutionReport {
    return {
      id: this.id,
      fn: this.fn,
      user: this.effectiveUser,
      activeUser: this.activeUser,
      kind: this.kind,
      calls: this.calls,
      counts: Object.fromEntries(this.counts),
      modelledMs: this.clockMs,
      lockHeldMs: this.heldSoFar(),
      logs: [...this.logs],
      fetchRounds: this.rounds.filter((r) => r.requests.length > 0),
    };
  }
}

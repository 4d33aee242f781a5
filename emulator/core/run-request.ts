/* What one execution is asked to do, and what it reports back. */

export type AuthMode = "NONE" | "CUSTOM_FUNCTION" | "LIMITED" | "FULL";

export type ExecutionKind = "menu" | "trigger" | "sidebar" | "webapp" | "editor";

export interface RunRequest {
  /** The top-level function of the bundle to call. */
  readonly fn: string;
  readonly args?: readonly unknown[];
  /** The user the script runs as (the effective user). */
  readonly as: string;
  /** The user at the keyboard, as Session.getActiveUser() reports it. Defaults to `as`. */
  readonly activeUser?: string;
  readonly authMode?: AuthMode;
  readonly kind?: ExecutionKind;
  /** The Doc or Sheet the add-on is open in, for getActive*() and getUi(). */
  readonly containerId?: string;
  /** For a web-app execution: the URL of the deployment serving the request. */
  readonly webAppUrl?: string;
  /** When it starts on the modelled wall clock (epoch ms); a nested call starts mid-caller. */
  readonly startsAt?: number;
}

export interface ExecutionReport {
  readonly id: number;
  readonly fn: string;
  readonly user: string;
  readonly activeUser: string;
  readonly kind: ExecutionKind;
  readonly calls: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly modelledMs: number;
  /** Modelled time this execution held a lock (LockService), from taking it to releasing it. */
  readonly lockHeldMs: number;
  readonly logs: readonly string[];
  /** Each UrlFetchApp.fetch or fetchAll that reached Google's REST endpoints, in order. */
  readonly fetchRounds: readonly FetchRound[];
}

/** One fetch or fetchAll: its REST requests, each by latency key and the status it was answered. */
export interface FetchRound {
  readonly requests: readonly RoundRequest[];
}

export interface RoundRequest {
  readonly key: string;
  readonly status: number;
  /** The same method, URL and body went out earlier in this execution (a resend after "too fast"). */
  readonly resent: boolean;
}

export interface RunResult {
  readonly ok: boolean;
  /** True when Google would have refused to start the execution at all. */
  readonly refused?: boolean;
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly message: string; readonly stack?: string };
  readonly report: ExecutionReport;
}

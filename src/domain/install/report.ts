/*
 * The Check installation report: each precondition of a working install, passed or failed with
 * what to do, or one Confer cannot test from the coordinator's own account, with how to test it.
 */
export type CheckState = "passed" | "failed" | "by hand";

export interface CheckResult {
  readonly name: string;
  readonly state: CheckState;
  /** What was seen, or what to do. */
  readonly detail: string;
}

const MARK: Record<CheckState, string> = { passed: "✓", failed: "✗", "by hand": "?" };

export function installReport(results: readonly CheckResult[]): string {
  const failed = results.filter((r) => r.state === "failed").length;
  const head =
    failed === 0
      ? "Confer's installation passed every check it can make."
      : `${failed} of ${results.length} checks failed; each says what to do.`;
  const lines = results.map((r) => `${MARK[r.state]} ${r.name}${r.detail ? `: ${r.detail}` : ""}`);
  return [head, ...lines].join("\n");
}

/** Runs one check, turning anything it throws into a failure that says what went wrong. */
export function checked(name: string, check: () => string | CheckResult): CheckResult {
  try {
    const outcome = check();
    return typeof outcome === "string" ? { name, state: "passed", detail: outcome } : outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, state: "failed", detail: message };
  }
}

export const failed = (name: string, detail: string): CheckResult => ({
  name,
  state: "failed",
  detail,
});

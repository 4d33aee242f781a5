/*
 * Running a naive fixture that outlasts one 6-minute execution: each execution stops itself at
 * 330 s of its modelled clock and returns where to resume; the next starts there. The work's
 * modelled time is the sum over all of them. A daily quota running out stops the work there, as
 * it would stop the script until the next day.
 */
import { type ExecutionReport, run, type Workspace } from "../../emulator";

export interface Chunk {
  readonly next: number;
  readonly done: boolean;
}

/** Apps Script's answer when a daily quota is spent: the work cannot go on until tomorrow. */
const DAILY_QUOTA = /too many times for one day/;

export function runInChunks<T extends Chunk>(
  ws: Workspace,
  fn: string,
  args: readonly unknown[],
  as: string,
): { reports: ExecutionReport[]; chunks: T[]; stoppedBy?: string } {
  const reports: ExecutionReport[] = [];
  const chunks: T[] = [];
  let from = 0;
  for (;;) {
    const result = run(ws, { fn, args: [...args, from], as });
    const message = result.error?.message ?? "";
    if (!result.ok && DAILY_QUOTA.test(message)) {
      reports.push(result.report);
      return { reports, chunks, stoppedBy: `${fn} from ${from}: ${message}` };
    }
    if (!result.ok) throw new Error(`${fn} from ${from} failed: ${message}`);
    const chunk = result.value as T;
    reports.push(result.report);
    chunks.push(chunk);
    if (chunk.done) return { reports, chunks };
    if (chunk.next <= from) throw new Error(`${fn} made no progress from ${from}`);
    from = chunk.next;
  }
}

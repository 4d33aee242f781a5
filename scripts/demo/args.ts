/*
 * The demo's command line: --out DIR, --seed N, --students N (a generated school of that size)
 * and --roster PATH (a Confer or OneRoster folder).
 */

export interface DemoArgs {
  readonly out: string;
  readonly seed: number | undefined;
  readonly roster: string | undefined;
  readonly students: number | undefined;
}

export class UsageError extends Error {}

export const USAGE = "Usage: npm run demo -- [--out DIR] [--seed N] [--students N] [--roster PATH]";

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let out = "demo-out";
  let seed: number | undefined;
  let roster: string | undefined;
  let students: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const needValue = () => {
      if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`${flag} needs a value. ${USAGE}`);
      }
      i++;
      return value;
    };
    if (flag === "--out") out = needValue();
    else if (flag === "--roster") roster = needValue();
    else if (flag === "--seed") {
      const text = needValue();
      seed = Number(text);
      if (!Number.isInteger(seed) || seed < 0) {
        throw new UsageError(`--seed must be a whole number, not "${text}". ${USAGE}`);
      }
    } else if (flag === "--students") {
      const text = needValue();
      students = Number(text);
      if (!Number.isInteger(students) || students < 3 || students > 20_000) {
        throw new UsageError(
          `--students must be a whole number from 3 to 20,000, not "${text}". ${USAGE}`,
        );
      }
    } else throw new UsageError(`Unknown argument "${flag}". ${USAGE}`);
  }
  if (students !== undefined && roster !== undefined) {
    throw new UsageError(`--students and --roster cannot be used together. ${USAGE}`);
  }
  return { out, seed, roster, students };
}

/* The demo's command line: --out DIR, --seed N and --roster PATH (a Confer or OneRoster folder). */

export interface DemoArgs {
  readonly out: string;
  readonly seed: number | undefined;
  readonly roster: string | undefined;
}

export class UsageError extends Error {}

export const USAGE = "Usage: npm run demo -- [--out DIR] [--seed N] [--roster PATH]";

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let out = "demo-out";
  let seed: number | undefined;
  let roster: string | undefined;
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
    } else throw new UsageError(`Unknown argument "${flag}". ${USAGE}`);
  }
  return { out, seed, roster };
}

/* Logger and console: what the script logs goes into the execution's report. */
import { Emulated, type Emulates } from "../core/emulated";

function line(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
}

export class EmulatedLogger
  extends Emulated
  implements Emulates<GoogleAppsScript.Base.Logger, "log" | "getLog" | "clear">
{
  static override readonly className = "Logger";
  static override readonly methods = ["log", "getLog", "clear"];

  log(...args: unknown[]): EmulatedLogger {
    const [format, ...rest] = args;
    let text = line(args);
    if (typeof format === "string" && rest.length > 0 && /%s/.test(format)) {
      let i = 0;
      text = format.replace(/%s/g, () => line([rest[i++]]));
    }
    this.exec.logs.push(text);
    return this;
  }

  getLog(): string {
    return this.exec.logs.join("\n");
  }

  clear(): void {
    this.exec.logs.length = 0;
  }
}

export class EmulatedConsole
  extends Emulated
  implements Emulates<Console, "log" | "info" | "warn" | "error">
{
  static override readonly className = "console";
  static override readonly methods = ["log", "info", "warn", "error"];

  log(...args: unknown[]): void {
    this.exec.logs.push(line(args));
  }

  info(...args: unknown[]): void {
    this.exec.logs.push(`INFO ${line(args)}`);
  }

  warn(...args: unknown[]): void {
    this.exec.logs.push(`WARNING ${line(args)}`);
  }

  error(...args: unknown[]): void {
    this.exec.logs.push(`ERROR ${line(args)}`);
  }
}

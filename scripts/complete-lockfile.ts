/*
 * Completes package-lock.json for `npm ci` on this project's registry, which serves only the Linux
 * builds of platform-specific optional packages. For each optional dependency the lock lacks, it adds
 * an entry with the os, cpu and libc its name declares, so npm ci skips it on other platforms instead
 * of refusing the lock. Run it after every `npm install`.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const OS_WORDS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "netbsd",
  "openbsd",
  "openharmony",
  "sunos",
  "win32",
  "aix",
  "wasi",
];
const CPU_WORDS = [
  "arm64",
  "x64",
  "ia32",
  "arm",
  "ppc64",
  "riscv64",
  "s390x",
  "loong64",
  "mips64el",
  "wasm32",
];

export function platformOf(name: string): Pick<LockEntry, "os" | "cpu" | "libc"> {
  const words = name.split("/").pop()!.split("-");
  const os = words.find((word) => OS_WORDS.includes(word));
  const cpu = words.find((word) => CPU_WORDS.includes(word));
  const libc = words.includes("musl")
    ? "musl"
    : words.some((w) => w === "gnu" || w === "gnueabihf")
      ? "glibc"
      : undefined;
  return {
    ...(os && os !== "wasi" ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
  };
}

function complete(path: string): number {
  const lock = JSON.parse(readFileSync(path, "utf8")) as { packages: Record<string, LockEntry> };
  let added = 0;
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const prefix = key === "" ? "" : `${key}/`;
      const nested = `${prefix}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[hoisted]) continue;
      const platform = platformOf(name);
      if (!platform.os && !platform.cpu)
        throw new Error(`${name}: no platform in its name; add it to the lock by hand`);
      lock.packages[hoisted] = {
        version: range.replace(/^[\^~=]/, ""),
        ...(entry.dev ? { dev: true } : {}),
        optional: true,
        ...platform,
      };
      added++;
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === "" ? -1 : b === "" ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
  return added;
}

if (process.argv[1]?.endsWith("complete-lockfile.ts")) {
  const added = complete(process.argv[2] ?? "package-lock.json");
  console.log(`package-lock.json: added ${added} platform-specific optional packages`);
}

/*
 * CacheService: script, user and document caches of strings with an expiry on the modelled
 * clock. Reference: developers.google.com/apps-script/reference/cache/cache
 * Expiry: an entry put at modelled time t with expiration s is gone from t + s seconds on,
 * where modelled time is the script's own clock: the workspace's wall clock when the execution
 * started (ws.now(), which runDueTriggers moves on) plus its modelled milliseconds so far.
 */

import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import type { PersistentSlice } from "../core/persistent-slice";

export const CACHE_LIMITS = {
  defaultSeconds: 600,
  maxSeconds: 21_600,
  maxKeyLength: 250,
  maxValueBytes: 100 * 1024,
  maxPutAll: 1000,
} as const;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

/** Every cache's entries, keyed by scope ("script", "user:<email>", "document:<id>"). */
export class CacheStore implements PersistentSlice {
  private readonly scopes = new Map<string, Map<string, Entry>>();

  scope(name: string): Map<string, Entry> {
    let entries = this.scopes.get(name);
    if (!entries) {
      entries = new Map();
      this.scopes.set(name, entries);
    }
    return entries;
  }

  snapshot(): unknown {
    return Object.fromEntries(
      [...this.scopes].map(([name, entries]) => [name, Object.fromEntries(entries)]),
    );
  }

  restore(data: unknown): void {
    this.scopes.clear();
    for (const [name, entries] of Object.entries(data as Record<string, Record<string, Entry>>)) {
      this.scopes.set(name, new Map(Object.entries(entries)));
    }
  }
}

function modelledNow(exec: Execution): number {
  return exec.startedAt + exec.clockMs;
}

function checkKey(key: unknown): string {
  if (key === undefined || key === null) throw new GoogleError("Invalid argument: key");
  const text = String(key);
  if (text.length > CACHE_LIMITS.maxKeyLength) {
    throw new GoogleError(`Argument too large: key`);
  }
  return text;
}

function checkValue(value: unknown): string {
  if (value === undefined || value === null) throw new GoogleError("Invalid argument: value");
  const text = String(value);
  if (Buffer.byteLength(text) > CACHE_LIMITS.maxValueBytes) {
    throw new GoogleError("Argument too large: value");
  }
  return text;
}

function checkSeconds(seconds: unknown): number {
  if (seconds === undefined) return CACHE_LIMITS.defaultSeconds;
  const n = Number(seconds);
  if (!Number.isFinite(n) || n < 1) throw new GoogleError("Invalid argument: expirationInSeconds");
  return Math.min(Math.floor(n), CACHE_LIMITS.maxSeconds);
}

export class EmulatedCache
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Cache.Cache,
      "get" | "getAll" | "put" | "putAll" | "remove" | "removeAll"
    >
{
  static override readonly className = "Cache";
  static override readonly methods = ["get", "getAll", "put", "putAll", "remove", "removeAll"];

  constructor(
    exec: Execution,
    private readonly entries: Map<string, Entry>,
  ) {
    super(exec);
  }

  private live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= modelledNow(this.exec)) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  get(key: string): string | null {
    return this.live(checkKey(key));
  }

  getAll(keys: string[]): { [key: string]: string } {
    if (!Array.isArray(keys)) throw new GoogleError("Invalid argument: keys");
    const found: Record<string, string> = {};
    for (const key of keys.map(checkKey)) {
      const value = this.live(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  /** Expiration defaults to 600 s; Google caps it at 21600 s (6 hours). */
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.write([[checkKey(key), checkValue(value)]], checkSeconds(expirationInSeconds));
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    if (values === null || typeof values !== "object") {
      throw new GoogleError("Invalid argument: values");
    }
    const entries = Object.entries(values).map(
      ([key, value]) => [checkKey(key), checkValue(value)] as [string, string],
    );
    if (entries.length > CACHE_LIMITS.maxPutAll)
      throw new GoogleError("Argument too large: values");
    this.write(entries, checkSeconds(expirationInSeconds));
  }

  remove(key: string): void {
    this.entries.delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) throw new GoogleError("Invalid argument: keys");
    for (const key of keys.map(checkKey)) this.entries.delete(key);
  }

  private write(entries: ReadonlyArray<[string, string]>, seconds: number): void {
    const expiresAt = modelledNow(this.exec) + seconds * 1000;
    for (const [key, value] of entries) this.entries.set(key, { value, expiresAt });
  }
}

export class EmulatedCacheService
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Cache.CacheService,
      "getScriptCache" | "getUserCache" | "getDocumentCache"
    >
{
  static override readonly className = "CacheService";
  static override readonly methods = ["getScriptCache", "getUserCache", "getDocumentCache"];

  getScriptCache(): EmulatedCache {
    return new EmulatedCache(this.exec, this.exec.workspace.caches.scope("script"));
  }

  getUserCache(): EmulatedCache {
    const scope = `user:${this.exec.effectiveUser}`;
    return new EmulatedCache(this.exec, this.exec.workspace.caches.scope(scope));
  }

  /** Null outside a bound document or add-on container, as documented. */
  getDocumentCache(): EmulatedCache | null {
    const container = this.exec.containerId;
    if (!container) return null;
    return new EmulatedCache(this.exec, this.exec.workspace.caches.scope(`document:${container}`));
  }
}

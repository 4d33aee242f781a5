/*
 * Moving values across the boundary between the script's V8 context and the emulator.
 * Arrays, Dates and plain objects are copied into the script's realm, so `instanceof`
 * works there as it does in Apps Script; emulated objects cross as proxies.
 */

export interface Realm {
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies `value` into `realm`; objects that are not plain data go through `wrap`. */
export function toRealm(value: unknown, realm: Realm, wrap: (obj: object) => unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array();
    for (const item of value) out.push(toRealm(item, realm, wrap));
    return out;
  }
  if (!isPlainObject(value)) return wrap(value);
  const out = new realm.Object() as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = toRealm(item, realm, wrap);
  return out;
}

/**
 * Copies a value the script passed in into the emulator's realm, so that the emulator never
 * keeps a reference the script could mutate later. Proxies are resolved by `unwrap`.
 */
export function fromRealm(value: unknown, unwrap: (obj: object) => unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const resolved = unwrap(value);
  if (resolved !== value) return resolved;
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((item) => fromRealm(item, unwrap));
  if (ArrayBuffer.isView(value)) return value;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = fromRealm(item, unwrap);
  return out;
}

export function errorIn(realm: Realm, error: unknown): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new realm.Error(source.message);
  copy.name = source.name;
  return copy;
}

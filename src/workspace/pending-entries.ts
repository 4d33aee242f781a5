/*
 * Sets of pending work (Calendar events to put or cancel, Conference lines to write) kept as one
 * script property per entry, named `<set>:<entry>`. Adding and taking an entry touches only its
 * own property, so executions editing a set at once never overwrite each other's entries and no
 * lock is needed. A set kept the older way, as one JSON property, is moved to entries when read.
 */

const properties = () => PropertiesService.getScriptProperties();

const entryKey = (set: string, entry: string) => `${set}:${entry}`;

/** Moves a set kept as one JSON array to one property per entry, then drops the array. */
function migrateLegacy(set: string, all: Record<string, string>): Record<string, string> {
  const legacy = all[set];
  if (legacy === undefined) return all;
  let entries: unknown;
  try {
    entries = JSON.parse(legacy);
  } catch {
    entries = [];
  }
  const moved = Object.fromEntries(
    (Array.isArray(entries) ? entries : [])
      .filter((entry): entry is string => typeof entry === "string" && entry !== "")
      .map((entry) => [entryKey(set, entry), new Date().toISOString()]),
  );
  if (Object.keys(moved).length > 0) properties().setProperties(moved);
  properties().deleteProperty(set);
  const { [set]: _dropped, ...rest } = all;
  return { ...rest, ...moved };
}

/** The set's entries, in no set order. */
export function pendingIn(set: string): string[] {
  const all = migrateLegacy(set, properties().getProperties());
  const prefix = entryKey(set, "");
  return Object.keys(all)
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
}

export function addPending(set: string, entries: readonly string[]): void {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  properties().setProperties(Object.fromEntries(entries.map((e) => [entryKey(set, e), at])));
}

export function takePending(set: string, entries: readonly string[]): void {
  for (const entry of entries) properties().deleteProperty(entryKey(set, entry));
}

/*
 * The Gmail draft that holds each notice key's latest message, kept in the drafting user's own
 * properties (the drafts are in their mailbox), one property per key.
 */
const PREFIX = "confer.noticeDraft/";

export function noticeDraftIds(): Map<string, string> {
  const all = PropertiesService.getUserProperties().getProperties();
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(all)) {
    if (name.startsWith(PREFIX)) found.set(name.slice(PREFIX.length), value);
  }
  return found;
}

export function keepNoticeDraftIds(ids: ReadonlyMap<string, string>): void {
  if (ids.size === 0) return;
  PropertiesService.getUserProperties().setProperties(
    Object.fromEntries([...ids].map(([key, id]) => [`${PREFIX}${key}`, id])),
  );
}

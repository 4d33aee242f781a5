/*
 * The ID of each conference doc's Teacher comments named range, kept in script properties: made
 * when the doc is filled, or learned when a pull reads the doc, so that later pulls write the
 * section by its ID without reading the doc first.
 */

const PREFIX = "confer.commentsRange.";

export function sectionRangeIds(docIds: readonly string[]): Map<string, string> {
  const stored = PropertiesService.getScriptProperties().getProperties();
  const ids = new Map<string, string>();
  for (const docId of docIds) {
    const id = stored[PREFIX + docId];
    if (id) ids.set(docId, id);
  }
  return ids;
}

export function rememberSectionRangeIds(ids: ReadonlyMap<string, string>): void {
  if (ids.size === 0) return;
  const values: Record<string, string> = {};
  for (const [docId, id] of ids) values[PREFIX + docId] = id;
  PropertiesService.getScriptProperties().setProperties(values);
}

export function forgetSectionRangeIds(docIds: readonly string[]): void {
  const properties = PropertiesService.getScriptProperties();
  for (const docId of docIds) properties.deleteProperty(PREFIX + docId);
}

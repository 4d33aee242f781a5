/*
 * The IDs of the one-shot triggers Confer made, per handler, in the maker's user properties: a
 * trigger's run is recognised by its event's triggerUid, which no page can know.
 */
const KEY = "confer.triggerIds";

type Known = Record<string, string>;

function known(): Known {
  const text = PropertiesService.getUserProperties().getProperty(KEY);
  return text ? (JSON.parse(text) as Known) : {};
}

export function rememberTrigger(handler: string, uid: string): void {
  PropertiesService.getUserProperties().setProperty(
    KEY,
    JSON.stringify({ ...known(), [handler]: uid }),
  );
}

export function rememberedTrigger(handler: string): string | undefined {
  return known()[handler];
}

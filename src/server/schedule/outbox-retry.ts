/*
 * Trying the Outbox again, as the hub owner under the script lock. Each message to draft carries
 * its own ID header (one is added, and written back, before its first try), and the try is
 * marked in a script property until the tab records what it left. A try cut off after Gmail
 * made drafts but before the tab was rewritten leaves the mark, so the next one finds those
 * drafts by their ID and records them instead of drafting them again. A draft made now is
 * recorded under its notice key, where no other draft holds that key, for a later change to replace.
 */
import type { Outcome } from "../../domain/outcome";
import { keptUntil } from "../../domain/schedule/notice-draft-records";
import {
  headerOf,
  NOTICE_ID_HEADER,
  noticeKeyOf,
  withNoticeId,
} from "../../domain/schedule/notice-headers";
import { afterTry, type OutboxItem } from "../../domain/schedule/outbox";
import { createDrafts, taggedDrafts } from "../../workspace/gmail-drafts";
import { sendMessages } from "../../workspace/gmail-send";
import { keepNoticeDraftIds, noticeDraftIds } from "../../workspace/notice-drafts";
import { readOutbox, rewriteOutbox } from "../../workspace/outbox-store";
import { readJson, writeJson } from "../../workspace/script-state";
import { withScriptLock } from "../hub/script-lock";
import type { ScheduleContext } from "./writer";

const TRYING = "confer.outboxTrying";

/** The items, each draft with its ID header; written back first when one had none. */
function withIds(context: ScheduleContext, items: readonly OutboxItem[]): OutboxItem[] {
  const named = items.map((item) =>
    item.mode === "draft"
      ? { ...item, raw: withNoticeId(item.raw, `confer-${Utilities.getUuid()}`) }
      : item,
  );
  if (named.some((item, i) => item.raw !== items[i]!.raw)) rewriteOutbox(context.hub, named);
  return named;
}

/** Records the drafts made now under their notice keys, where no other draft holds the key. */
function recordKeys(items: readonly OutboxItem[], outcomes: readonly Outcome<string>[]): void {
  const held = noticeDraftIds();
  const now = Date.now();
  const records = new Map<string, { id: string; until: number }>();
  items.forEach((item, i) => {
    const outcome = outcomes[i]!;
    const key = noticeKeyOf(item.raw);
    if (item.mode !== "draft" || !outcome.ok || key === "" || held.has(key)) return;
    records.set(key, { id: outcome.value, until: keptUntil("", now) });
  });
  keepNoticeDraftIds(records, now);
}

/** Tries every message in the Outbox again, as it was recorded; keeps those Gmail still refuses. */
export function retryOutbox(context: ScheduleContext): { delivered: number; waiting: number } {
  return withScriptLock(
    () => {
      const read = readOutbox(context.hub);
      if (read.length === 0) return { delivered: 0, waiting: 0, marked: false };
      const items = withIds(context, read);
      const drafts = items.filter((item) => item.mode === "draft");
      const madeBefore =
        drafts.length > 0 && readJson<string>(TRYING) ? taggedDrafts(NOTICE_ID_HEADER) : new Map();
      if (drafts.length > 0) writeJson(TRYING, new Date().toISOString());
      const idOf = (item: OutboxItem) => headerOf(item.raw, NOTICE_ID_HEADER);
      const toDraft = drafts.filter((item) => !madeBefore.has(idOf(item)));
      const sent = sendMessages(items.filter((i) => i.mode === "send").map((i) => i.raw));
      const drafted = createDrafts(toDraft.map((i) => i.raw));
      const outcomes: Outcome<string>[] = items.map((item) => {
        if (item.mode === "send") return sent.shift()!;
        const found = madeBefore.get(idOf(item));
        return found ? { ok: true, value: found } : drafted.shift()!;
      });
      const left = afterTry(items, outcomes);
      rewriteOutbox(context.hub, left);
      recordKeys(items, outcomes);
      return {
        delivered: items.length - left.length,
        waiting: left.length,
        marked: drafts.length > 0,
      };
    },
    ({ marked }) => {
      if (marked) writeJson(TRYING, undefined);
    },
  );
}

/*
 * Drafting a check-in's reminder, run as the advisor in their own mailbox: the hub says what the
 * reminder needs and whether one was drafted already; if not, one draft to the advisor and the
 * student is made through the Gmail API, never sent, and the hub records it. The draft is noted
 * as pending first, so a click cut short between drafting and recording is finished by the next
 * one, which records the draft it finds rather than making a second.
 */
import { CHECK_IN_TAG, checkInReminder } from "../../domain/goal-check-ins/reminder";
import { composeMessage } from "../../domain/guardian-updates/mime";
import { checkDailyUse, recordDailyUse } from "../../workspace/daily-use";
import { createDrafts, taggedDrafts } from "../../workspace/gmail-drafts";
import {
  clearPendingReminder,
  readPendingReminder,
  savePendingReminder,
} from "../../workspace/pending-reminder";
import { callAction } from "../actions/call";

export interface ReminderDrafted {
  /** False when a reminder had been drafted already and none was made now. */
  readonly drafted: boolean;
  readonly draftedAt: string;
  readonly to: readonly string[];
}

/** The draft an earlier click made for this doc but did not record, when there is one. */
function draftedBefore(docId: string, tag: string): { draftId: string; at: string } | undefined {
  const pending = readPendingReminder();
  if (!pending || pending.docId !== docId || pending.tag !== tag) return undefined;
  const draftId = taggedDrafts(CHECK_IN_TAG).get(tag);
  if (!draftId) clearPendingReminder();
  return draftId ? { draftId, at: pending.at } : undefined;
}

export function draftGoalCheckInReminder(docId: string): ReminderDrafted {
  const context = callAction("checkInReminder", docId);
  const to = [context.advisor.email, context.student.email];
  if (context.draftedAt !== "") return { drafted: false, draftedAt: context.draftedAt, to };
  const tag = `${context.round}/${docId}`;
  const earlier = draftedBefore(docId, tag);
  if (earlier) {
    const recorded = callAction("recordCheckInReminder", docId, earlier.draftId, earlier.at);
    clearPendingReminder();
    return { drafted: false, draftedAt: recorded.draftedAt, to };
  }
  checkDailyUse({ recipients: to.length });
  const at = new Date().toISOString();
  savePendingReminder({ docId, tag, at });
  const message = checkInReminder(context, tag);
  const [outcome] = createDrafts([composeMessage(message, `confer-${Utilities.getUuid()}`)]);
  if (!outcome?.ok) {
    clearPendingReminder();
    throw new Error(
      `Gmail refused the check-in reminder for ${context.student.name}: ${outcome?.error ?? "no answer"}.`,
    );
  }
  recordDailyUse({ recipients: to.length });
  const recorded = callAction("recordCheckInReminder", docId, outcome.value, at);
  clearPendingReminder();
  return { drafted: true, draftedAt: recorded.draftedAt, to };
}

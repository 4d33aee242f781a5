/*
 * Drafting a check-in's reminder, run as the advisor in their own mailbox: the hub says what the
 * reminder needs and whether one was drafted already; if not, one draft to the advisor and the
 * student is made through the Gmail API, never sent, and the hub records it.
 */
import { checkInReminder } from "../../domain/goal-check-ins/reminder";
import { composeMessage } from "../../domain/guardian-updates/mime";
import { checkDailyUse, recordDailyUse } from "../../workspace/daily-use";
import { createDrafts } from "../../workspace/gmail-drafts";
import { callAction } from "../actions/call";

export interface ReminderDrafted {
  /** False when a reminder had been drafted already and none was made now. */
  readonly drafted: boolean;
  readonly draftedAt: string;
  readonly to: readonly string[];
}

export function draftGoalCheckInReminder(docId: string): ReminderDrafted {
  const context = callAction("checkInReminder", docId);
  const to = [context.advisor.email, context.student.email];
  if (context.draftedAt !== "") return { drafted: false, draftedAt: context.draftedAt, to };
  const message = checkInReminder(context, `${context.round}/${docId}`);
  checkDailyUse({ recipients: to.length });
  const [outcome] = createDrafts([composeMessage(message, `confer-${Utilities.getUuid()}`)]);
  if (!outcome?.ok) {
    throw new Error(
      `Gmail refused the check-in reminder for ${context.student.name}: ${outcome?.error ?? "no answer"}.`,
    );
  }
  recordDailyUse({ recipients: to.length });
  const at = new Date().toISOString();
  const recorded = callAction("recordCheckInReminder", docId, outcome.value, at);
  return { drafted: true, draftedAt: recorded.draftedAt, to };
}

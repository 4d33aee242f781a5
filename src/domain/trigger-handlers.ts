/*
 * The functions Confer's own time-based triggers call. Private to Apps Script (they end in _),
 * so no sidebar can call them, yet top-level so that a trigger can.
 */
export const CONTINUE_CONFERENCE_DOCS = "continueConferenceDocs_";

export const SEND_BOOKING_REMINDERS = "sendBookingReminders_";

export const TRIGGER_HANDLERS: readonly string[] = [
  CONTINUE_CONFERENCE_DOCS,
  SEND_BOOKING_REMINDERS,
];

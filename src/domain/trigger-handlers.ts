/*
 * The functions Confer's own time-based triggers call. Apps Script may not run a trigger whose
 * handler ends in _ (unconfirmed), so they are plain top-level names; the action table lets them
 * run only through the trigger door, for a trigger of this project that the hub owner made.
 */
export const CONTINUE_CONFERENCE_DOCS = "continueConferenceDocs";

export const SEND_BOOKING_REMINDERS = "sendBookingReminders";

export const TRIGGER_HANDLERS: readonly string[] = [
  CONTINUE_CONFERENCE_DOCS,
  SEND_BOOKING_REMINDERS,
];

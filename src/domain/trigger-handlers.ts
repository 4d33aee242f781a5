/*
 * The one function Confer's time-based trigger calls. An editor add-on may keep one time-based
 * trigger per user per document, firing at most once an hour, so all background work hangs on
 * this one hourly handler. Apps Script may not run a trigger whose handler ends in _
 * (unconfirmed), so it is a plain top-level name; the action table lets it run only through the
 * trigger door, for a trigger of this project that the hub owner made.
 */
export const RUN_BACKGROUND_WORK = "runBackgroundWork";

/** Handlers of earlier Confer versions: their triggers are replaced by the hourly one. */
export const RETIRED_HANDLERS: readonly string[] = [
  "continueConferenceDocs",
  "sendBookingReminders",
];

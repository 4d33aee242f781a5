/*
 * What the bundle hands Apps Script: the action table's entry points, each of which the build
 * turns into one top-level function that calls dispatch with its own name.
 */
export { dispatch, ENTRY_POINTS } from "./actions/dispatch";

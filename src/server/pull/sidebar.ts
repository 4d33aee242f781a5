/*
 * The Pull teacher comments sidebar opens on the doc it was opened in: the doc's ID is read in the
 * caller's own execution and handed to the hub owner, who decides what the caller may see.
 */
import { activeDocId } from "../../workspace/active-doc";
import { callAction } from "../actions/call";
import type { PullInfo } from "./pull";

export function getPullInfo(): PullInfo {
  return callAction("pullInfo", activeDocId());
}

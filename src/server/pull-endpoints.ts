/*
 * The Pull teacher comments and Status sidebars' endpoints. Both run as the hub owner: directly
 * for the owner, through the web app for anyone else, who is known there by their session.
 */
import { type PullScope, parsePullScope } from "../domain/pull/scope";
import { activeDocId } from "../workspace/active-doc";
import { asHubOwner } from "./as-owner";
import { parseStatusFilter, type StatusFilter, type StatusView, statusFor } from "./doc-status";
import { type PullInfo, type PullResult, pullCommentsFor, pullInfoFor } from "./pull-comments";

/** What the pull sidebar offers: the caller's advisees, the open doc's student, missing comments. */
export function getPullInfo(): PullInfo {
  const docId = activeDocId();
  return asHubOwner("pullInfo", { docId }, (caller) => pullInfoFor(caller, docId));
}

export function pullComments(scope: PullScope): PullResult {
  const checked = parsePullScope(scope);
  return asHubOwner("pullComments", { scope: checked }, (caller) =>
    pullCommentsFor(caller, checked),
  );
}

export function getStatus(filter?: StatusFilter): StatusView {
  const checked = parseStatusFilter(filter);
  return asHubOwner("status", { filter: checked }, (caller) => statusFor(caller, checked));
}

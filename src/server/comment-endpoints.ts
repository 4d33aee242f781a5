/*
 * The Enter comments sidebar's endpoints and the coordinator's comment views. Every one runs in
 * the locked layer as the hub owner: through the web app for teachers, directly for the owner.
 */

import { parseSaveRequest } from "../domain/comments/request";
import type { SaveRequest } from "../domain/comments/save";
import type { MissingComment } from "../domain/comments/views";
import { asHubOwner } from "./as-owner";
import {
  type CommentGridView,
  commentGridFor,
  missingCommentsFor,
  rebuildCommentTabsFor,
  type SaveCommentsResult,
  saveCommentsFor,
} from "./comment-layer";

export function getCommentGrid(classId?: string): CommentGridView {
  return asHubOwner("commentGrid", { classId: classId ?? "" }, (caller) =>
    commentGridFor(caller, classId || undefined),
  );
}

export function saveComments(request: SaveRequest): SaveCommentsResult {
  return asHubOwner("saveComments", { request }, (caller) =>
    saveCommentsFor(caller, parseSaveRequest(request)),
  );
}

export function getMissingComments(): readonly MissingComment[] {
  return asHubOwner("missingComments", {}, missingCommentsFor);
}

export function rebuildCommentTabs(): { grades: Record<string, number> } {
  return asHubOwner("rebuildComments", {}, rebuildCommentTabsFor);
}

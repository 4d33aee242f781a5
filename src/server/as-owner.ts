/*
 * Hub data is reached only as the hub owner. The owner's own executions read it directly; anyone
 * else's sidebar asks the web app, which runs as the owner and knows the caller by
 * Session.getActiveUser(). Each action is written once, taking the caller's email.
 */
import { storedHubOwner } from "../workspace/hub-store";
import { effectiveUserEmail } from "../workspace/session";
import { callWebApp } from "../workspace/web-app-client";

export function asHubOwner<T>(
  action: string,
  payload: Record<string, unknown>,
  local: (caller: string) => T,
): T {
  const me = effectiveUserEmail().toLowerCase();
  if (me !== "" && me === storedHubOwner()) return local(me);
  return callWebApp(action, payload) as T;
}

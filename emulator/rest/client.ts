/* Calls the emulated Google REST endpoints directly, as one execution of `user`. */
import type { Workspace } from "../core/workspace";
import { callRest } from "./call";

export interface Reply {
  status: number;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: assertions read Google's JSON answers field by field
  json: () => any;
}

export function rest(
  ws: Workspace,
  user: string,
  method: string,
  url: string,
  body?: unknown,
  token: string | undefined = ws.tokenFor(user),
): Reply {
  const exec = ws.begin({ fn: "test", as: user });
  try {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const reply = callRest(exec, {
      method,
      url,
      headers,
      body: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
    });
    if (!reply) throw new Error(`no route for ${method} ${url}`);
    return { status: reply.status, body: reply.body, json: () => JSON.parse(reply.body) };
  } finally {
    ws.end(exec);
  }
}

/*
 * The closed network UrlFetchApp sees: Google REST endpoints that Confer calls for speed,
 * each emulated on the shared Workspace state, and nothing else.
 * Route modules register themselves; `rest/index.ts` imports every route module.
 */
import type { Execution } from "../core/execution";

export interface RestRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The user whose bearer token authorized the request; "" on an open route. */
  readonly user: string;
  readonly exec: Execution;
}

export interface RestResponse {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: string;
  /** Matched against `host + pathname`, for example /^docs\.googleapis\.com\/v1\/documents\/([^/:]+):batchUpdate$/. */
  readonly pattern: RegExp;
  /** The latency table key of this endpoint, for example "Docs.documents.batchUpdate". */
  readonly latencyKey: string;
  /** True for an endpoint that takes no bearer token (OAuth2 tokeninfo reads its token from the query). */
  readonly open?: boolean;
  readonly handle: (request: RestRequest, match: RegExpMatchArray) => RestResponse;
}

const routes: Route[] = [];

export function registerRoute(route: Route): void {
  routes.push(route);
}

export function findRoute(
  method: string,
  url: URL,
): { route: Route; match: RegExpMatchArray } | undefined {
  const target = `${url.host}${url.pathname}`;
  for (const route of routes) {
    if (route.method !== method.toUpperCase()) continue;
    const match = target.match(route.pattern);
    if (match) return { route, match };
  }
  return undefined;
}

/** A JSON response in Google's API shape. */
export function json(status: number, body: unknown): RestResponse {
  return {
    status,
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json; charset=UTF-8" },
  };
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/** The bearer token of a request's Authorization header, if it has one. */
export function bearerToken(headers: Readonly<Record<string, string>>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== "authorization") continue;
    return /^Bearer\s+(\S+)$/i.exec(String(value).trim())?.[1];
  }
  return undefined;
}

/** Google's JSON error body: {"error": {"code", "message", "status"}}. */
export function apiError(code: number, message: string): RestResponse {
  return json(code, { error: { code, message, status: STATUS_NAMES[code] ?? "UNKNOWN" } });
}

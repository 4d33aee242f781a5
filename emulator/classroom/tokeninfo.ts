/*
 * Google's OAuth2 tokeninfo endpoint, GET https://oauth2.googleapis.com/tokeninfo?access_token=…,
 * which tells a server whose access token it holds and what it grants: aud, azp, sub, scope
 * (space-separated), exp, expires_in, email and email_verified (the email only when the token has
 * the email or userinfo.email scope), access_type. An unknown token answers 400
 * {"error": "invalid_token", "error_description": "Invalid Value"}. References: the fields of
 * google-auth-library's TokenInfo (cloud.google.com/nodejs/docs/reference/google-auth-library/
 * latest/google-auth-library/tokeninfo), which reads this endpoint; the error body as widely
 * reported, not in a Google reference page (unconfirmed). Tokens here never expire.
 */
import { json, registerRoute } from "../rest/router";

const EMAIL_SCOPES = ["email", "https://www.googleapis.com/auth/userinfo.email"];
const LIFETIME_S = 3599;

registerRoute({
  method: "GET",
  pattern: /^oauth2\.googleapis\.com\/tokeninfo$/,
  latencyKey: "OAuth2.tokeninfo",
  open: true,
  handle: (request) => {
    const ws = request.exec.workspace;
    const token = request.url.searchParams.get("access_token") ?? "";
    const user = token === "" ? undefined : ws.userOfToken(token);
    if (!user) return json(400, { error: "invalid_token", error_description: "Invalid Value" });
    const scopes = ws.scopesOf(token) ?? [];
    const client = `${ws.script.scriptId}.apps.googleusercontent.com`;
    const exp = Math.floor(ws.now() / 1000) + LIFETIME_S;
    return json(200, {
      azp: client,
      aud: client,
      sub: ws.classroom.profile(user).id,
      scope: scopes.join(" "),
      exp: String(exp),
      expires_in: String(LIFETIME_S),
      ...(scopes.some((s) => EMAIL_SCOPES.includes(s))
        ? { email: user, email_verified: "true" }
        : {}),
      access_type: "online",
    });
  },
});

/*
 * The key that signs families' sign-up links (HMAC-SHA256), kept in the script's properties. It
 * is made once, under the script lock, and never leaves the server.
 */
const SECRET = "confer.signupSecret";

function readSecret(): string | null {
  return PropertiesService.getScriptProperties().getProperty(SECRET);
}

/** The signing key, made on first use. */
export function signupSecret(): string {
  const known = readSecret();
  if (known) return known;
  const lock = LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const raced = readSecret();
    if (raced) return raced;
    const made = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, "");
    PropertiesService.getScriptProperties().setProperty(SECRET, made);
    return made;
  } finally {
    lock.releaseLock();
  }
}

/** A signer for sign-up links: HMAC-SHA256 of the text, base64url without padding. */
export function linkSigner(): (text: string) => string {
  const secret = signupSecret();
  return (text) =>
    Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(text, secret)).replace(
      /=+$/,
      "",
    );
}

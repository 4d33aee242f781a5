/*
 * Which artifact links Confer writes into the doc: web addresses that start with http:// or
 * https:// and name a host, as a student copies them from Drive or the file picker gives them.
 * Anything else is refused with the value it was given.
 */

const WEB_ADDRESS = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i;
const SHOWN_LENGTH = 80;

function shown(link: string): string {
  return link.length > SHOWN_LENGTH ? `${link.slice(0, SHOWN_LENGTH)}…` : link;
}

/** Why the link cannot be added, or "" when it is a web address. */
export function artifactLinkProblem(link: string): string {
  const text = link.trim();
  if (WEB_ADDRESS.test(text)) return "";
  return `“${shown(text)}” is not a link Confer can add: an artifact link is a web address starting with https:// (copy it from the file's Share button), or choose the file from your Drive files.`;
}

/*
 * Confer's folders in the coordinator's Drive: a root "Confer" folder and below it one folder per
 * term, grade and advisor. Folders are found by name before one is made, and their IDs are kept
 * in script properties so a path is looked up once.
 */
import { ROOT_FOLDER_NAME } from "../domain/conference-doc/naming";
import { callOne, DRIVE, query } from "./google-api";

const FOLDER_MIME = "application/vnd.google-apps.folder";
const CACHE_PREFIX = "confer.folder:";

function quoted(value: string): string {
  return `'${value.replace(/['\\]/g, "\\$&")}'`;
}

function findFolder(name: string, parentId: string): string | undefined {
  const outcome = callOne({
    method: "get",
    url: `${DRIVE}/files?${query({
      q: `name = ${quoted(name)} and ${quoted(parentId)} in parents and mimeType = '${FOLDER_MIME}' and trashed = false`,
      fields: "files(id)",
    })}`,
  });
  if (!outcome.ok)
    throw new Error(`Confer could not look for the folder “${name}”: ${outcome.error}`);
  return (outcome.value as { files?: { id: string }[] }).files?.[0]?.id;
}

function createFolder(name: string, parentId: string): string {
  const outcome = callOne({
    method: "post",
    url: `${DRIVE}/files?${query({ fields: "id" })}`,
    body: { name, mimeType: FOLDER_MIME, parents: [parentId] },
  });
  if (!outcome.ok)
    throw new Error(`Confer could not create the folder “${name}”: ${outcome.error}`);
  return (outcome.value as { id: string }).id;
}

export class FolderTree {
  private readonly properties = PropertiesService.getScriptProperties();
  private readonly known = new Map<string, string>();

  /** The ID of the folder at this path under the Confer root, creating what is missing. */
  ensure(path: readonly string[]): string {
    let parentId = "root";
    const names = [ROOT_FOLDER_NAME, ...path];
    for (let depth = 1; depth <= names.length; depth++) {
      const key = names.slice(0, depth).join("/");
      const name = names[depth - 1]!;
      parentId =
        this.lookup(key) ??
        this.remember(key, findFolder(name, parentId) ?? createFolder(name, parentId));
    }
    return parentId;
  }

  private lookup(key: string): string | undefined {
    if (this.known.has(key)) return this.known.get(key);
    const stored = this.properties.getProperty(CACHE_PREFIX + key);
    if (stored) this.known.set(key, stored);
    return stored ?? undefined;
  }

  private remember(key: string, id: string): string {
    this.known.set(key, id);
    this.properties.setProperty(CACHE_PREFIX + key, id);
    return id;
  }
}

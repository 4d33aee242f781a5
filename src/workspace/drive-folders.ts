/*
 * Confer's folders in the coordinator's Drive: a root "Confer" folder and below it one folder per
 * term, grade and advisor. All the folders a run needs are made level by level, each level's
 * look-ups and creations sent together with fetchAll; their IDs are kept in script properties so
 * a path is looked up once.
 */

import { ROOT_FOLDER_NAME } from "../domain/conference-docs/naming";
import type { Outcome } from "../domain/outcome";
import { zipOutcomes } from "../domain/zip-outcomes";
import { callAll, DRIVE, query } from "./google-api";

const FOLDER_MIME = "application/vnd.google-apps.folder";
const CACHE_PREFIX = "confer.folderPath:";

function quoted(value: string): string {
  return `'${value.replace(/['\\]/g, "\\$&")}'`;
}

function answerOf<T>(outcome: Outcome<unknown>, what: string): T {
  if (!outcome.ok) throw new Error(`Confer could not ${what}: ${outcome.error}`);
  return outcome.value as T;
}

/** A path's key: a JSON list, so a folder name may hold any character, "/" included. */
const keyOf = (names: readonly string[]) => JSON.stringify(names);
const namesOf = (key: string) => JSON.parse(key) as string[];

export class FolderTree {
  private readonly properties = PropertiesService.getScriptProperties();
  private readonly known = new Map<string, string>();

  constructor() {
    for (const [key, id] of Object.entries(this.properties.getProperties())) {
      if (key.startsWith(CACHE_PREFIX)) this.known.set(key.slice(CACHE_PREFIX.length), id);
    }
  }

  /** The folder ID of each path (under the Confer root), making every missing folder. */
  ensureAll(paths: readonly (readonly string[])[]): Map<string, string> {
    const full = paths.map((path) => [ROOT_FOLDER_NAME, ...path]);
    const depth = Math.max(0, ...full.map((path) => path.length));
    const learned: Record<string, string> = {};
    for (let level = 1; level <= depth; level++) {
      const wanted = [
        ...new Set(full.filter((p) => p.length >= level).map((p) => keyOf(p.slice(0, level)))),
      ];
      const missing = wanted.filter((key) => !this.known.has(key));
      if (missing.length === 0) continue;
      const parentOf = (key: string) => {
        const parent = namesOf(key).slice(0, -1);
        return parent.length === 0 ? "root" : this.known.get(keyOf(parent))!;
      };
      const nameOf = (key: string) => namesOf(key).at(-1)!;
      const looked = callAll(
        missing.map((key) => ({
          method: "get" as const,
          url: `${DRIVE}/files?${query({
            q: `name = ${quoted(nameOf(key))} and ${quoted(parentOf(key))} in parents and mimeType = '${FOLDER_MIME}' and trashed = false`,
            fields: "files(id)",
          })}`,
        })),
      );
      const found = zipOutcomes(missing, looked).map(
        ([key, outcome]) =>
          answerOf<{ files?: { id: string }[] }>(
            outcome,
            `look for the folder “${namesOf(key).join(" / ")}”`,
          ).files?.[0]?.id,
      );
      const toCreate = missing.filter((_, i) => found[i] === undefined);
      const made = callAll(
        toCreate.map((key) => ({
          method: "post" as const,
          url: `${DRIVE}/files?${query({ fields: "id" })}`,
          body: { name: nameOf(key), mimeType: FOLDER_MIME, parents: [parentOf(key)] },
        })),
      );
      const created = zipOutcomes(toCreate, made).map(
        ([key, outcome]) =>
          answerOf<{ id: string }>(outcome, `create the folder “${namesOf(key).join(" / ")}”`).id,
      );
      missing.forEach((key, i) => {
        const id = found[i] ?? created[toCreate.indexOf(key)]!;
        this.known.set(key, id);
        learned[CACHE_PREFIX + key] = id;
      });
    }
    if (Object.keys(learned).length > 0) this.properties.setProperties(learned);
    return new Map(
      paths.map((path) => [keyOf(path), this.known.get(keyOf([ROOT_FOLDER_NAME, ...path]))!]),
    );
  }
}

export function folderKey(path: readonly string[]): string {
  return keyOf(path);
}

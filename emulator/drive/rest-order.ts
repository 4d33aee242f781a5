/*
 * files.list `orderBy`: a comma-separated list of sort keys, each ascending unless followed by
 * `desc`. The keys Confer uses are emulated (createdTime, modifiedTime); any other key is
 * refused as Drive refuses an unknown one. Files with equal keys keep Drive's table order.
 * Reference: developers.google.com/workspace/drive/api/reference/rest/v3/files/list
 */
import type { DriveFile } from "./store";

type Compare = (a: DriveFile, b: DriveFile) => number;

const KEYS: Record<string, (file: DriveFile) => number> = {
  createdTime: (file) => file.created,
  modifiedTime: (file) => file.updated,
};

/** The order for the parameter, `undefined` for one this emulator cannot read. */
export function parseOrderBy(orderBy: string | null): Compare | undefined {
  if (orderBy === null || orderBy.trim() === "") return () => 0;
  const compares: Compare[] = [];
  for (const part of orderBy.split(",")) {
    const m = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const key = m ? KEYS[m[1]!] : undefined;
    if (!m || !key) return undefined;
    const sign = m[2]?.toLowerCase() === "desc" ? -1 : 1;
    compares.push((a, b) => sign * (key(a) - key(b)));
  }
  return (a, b) => {
    for (const compare of compares) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/*
 * Drive's file table: every Sheet, Doc, folder and blob, with its owner and sharing.
 * Access follows Drive: the owner and editors write, commenters and viewers read,
 * and a role on a folder reaches every file inside it.
 */
import { GoogleError } from "../core/errors";
import type { IdGenerator } from "../core/ids";
import { domainOf } from "../core/users";

export type Role = "owner" | "editor" | "commenter" | "viewer";

export const MIME = {
  folder: "application/vnd.google-apps.folder",
  document: "application/vnd.google-apps.document",
  spreadsheet: "application/vnd.google-apps.spreadsheet",
  script: "application/vnd.google-apps.script",
} as const;

/** The content of a Google file (a Sheet's cells, a Doc's body), stored beside its Drive record. */
export interface FileContent {
  readonly kind: string;
  clone(): FileContent;
  toJSON(): unknown;
}

export type ContentDecoder = (data: unknown) => FileContent;

/** Link sharing: who besides the named people may open (or, without "_WITH_LINK", find) the file. */
export type LinkAccess = "PRIVATE" | "DOMAIN_WITH_LINK" | "ANYONE_WITH_LINK" | "DOMAIN" | "ANYONE";

export interface DriveFile {
  readonly id: string;
  name: string;
  mimeType: string;
  owner: string;
  editors: Set<string>;
  commenters: Set<string>;
  viewers: Set<string>;
  parents: string[];
  trashed: boolean;
  created: number;
  updated: number;
  description: string;
  linkAccess: LinkAccess;
  linkRole: Exclude<Role, "owner">;
  content: FileContent | undefined;
  /** Drive's "editors can change permissions and share" (on by default). */
  writersCanShare: boolean;
  /** Drive API appProperties: private key-value pairs of the app that set them. */
  appProperties: Record<string, string>;
}

const RANK: Record<Role, number> = { viewer: 1, commenter: 2, editor: 3, owner: 4 };

export function atLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[needed];
}

/**
 * Drive's permission ID for a grantee: one number per Google account (the same on every file),
 * "anyoneWithLink" for link sharing, and one per domain.
 */
export function permissionIdOf(grantee: string): string {
  if (grantee === "anyone") return "anyoneWithLink";
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(grantee.toLowerCase())) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash.toString().padStart(20, "0");
}

export class DriveStore {
  private readonly files = new Map<string, DriveFile>();
  private readonly decoders = new Map<string, ContentDecoder>();
  /** Each user's My Drive root folder ID. */
  private readonly roots = new Map<string, string>();

  constructor(
    private readonly ids: IdGenerator,
    private readonly now: () => number,
  ) {}

  registerContent(kind: string, decode: ContentDecoder): void {
    this.decoders.set(kind, decode);
  }

  rootOf(user: string): DriveFile {
    let id = this.roots.get(user);
    if (!id) {
      id = this.create({ name: "My Drive", mimeType: MIME.folder, owner: user, parents: [] }).id;
      this.roots.set(user, id);
    }
    return this.get(id)!;
  }

  create(init: {
    name: string;
    mimeType: string;
    owner: string;
    parents?: string[];
    content?: FileContent;
    id?: string;
  }): DriveFile {
    const time = this.now();
    const file: DriveFile = {
      id: init.id ?? this.ids.fileId(),
      name: init.name,
      mimeType: init.mimeType,
      owner: init.owner,
      editors: new Set(),
      commenters: new Set(),
      viewers: new Set(),
      parents:
        init.parents ??
        (init.mimeType === MIME.folder && init.name === "My Drive"
          ? []
          : [this.rootOf(init.owner).id]),
      trashed: false,
      created: time,
      updated: time,
      description: "",
      linkAccess: "PRIVATE",
      linkRole: "viewer",
      content: init.content,
      writersCanShare: true,
      appProperties: {},
    };
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): DriveFile | undefined {
    return this.files.get(id);
  }

  all(): DriveFile[] {
    return [...this.files.values()];
  }

  /** The strongest role a user holds on a file, directly, through a folder, or by link. */
  roleOf(user: string, file: DriveFile, seen = new Set<string>(), byLink = true): Role | undefined {
    const email = user.toLowerCase();
    if (file.owner === email) return "owner";
    let best: Role | undefined;
    const consider = (role: Role | undefined) => {
      if (role && (!best || RANK[role] > RANK[best])) best = role;
    };
    if (file.editors.has(email)) consider("editor");
    if (file.commenters.has(email)) consider("commenter");
    if (file.viewers.has(email)) consider("viewer");
    const link = byLink || !file.linkAccess.endsWith("_WITH_LINK");
    if (link && (file.linkAccess === "ANYONE_WITH_LINK" || file.linkAccess === "ANYONE")) {
      consider(file.linkRole);
    }
    const domainWide = file.linkAccess === "DOMAIN_WITH_LINK" || file.linkAccess === "DOMAIN";
    if (link && domainWide && domainOf(email) === domainOf(file.owner)) consider(file.linkRole);
    seen.add(file.id);
    for (const parentId of file.parents) {
      const parent = this.files.get(parentId);
      if (!parent || seen.has(parentId)) continue;
      const inherited = this.roleOf(email, parent, seen, byLink);
      consider(inherited === "owner" ? "editor" : inherited);
    }
    return best;
  }

  /**
   * Whether files.list shows the file to `user`: a file they reach only through "anyone (or
   * anyone in the domain) with the link" is not found by search (drive/api/guides/resource-keys:
   * "can be discovered only by users who have access ... from type=user or type=group
   * permissions"; files a user opened lately are not modelled).
   */
  findableBy(user: string, file: DriveFile): boolean {
    return this.roleOf(user, file, new Set(), false) !== undefined;
  }

  /**
   * The file if `user` holds at least `needed` on it. Missing, trashed-for-others and
   * unshared files all answer as Google does: the caller cannot tell them apart.
   */
  open(user: string, id: string, needed: Role, what = "document"): DriveFile {
    const file = this.files.get(id);
    if (!file) {
      throw new GoogleError(
        `No item with the given ID could be found, or you do not have permission to access it.`,
      );
    }
    const role = this.roleOf(user, file);
    if (!role) throw new GoogleError(`You do not have permission to access the requested ${what}.`);
    if (!atLeast(role, needed)) {
      throw new GoogleError(`You do not have permission to edit the requested ${what}.`);
    }
    return file;
  }

  /** The owner may share; editors may too unless the owner turned that off. */
  canShare(user: string, file: DriveFile): boolean {
    const role = this.roleOf(user, file);
    return role === "owner" || (role === "editor" && file.writersCanShare);
  }

  share(file: DriveFile, email: string, role: Exclude<Role, "owner">): void {
    const normalized = email.trim().toLowerCase();
    if (normalized === file.owner) return;
    file.editors.delete(normalized);
    file.commenters.delete(normalized);
    file.viewers.delete(normalized);
    ({ editor: file.editors, commenter: file.commenters, viewer: file.viewers })[role].add(
      normalized,
    );
    file.updated = this.now();
  }

  unshare(file: DriveFile, email: string): void {
    const normalized = email.trim().toLowerCase();
    file.editors.delete(normalized);
    file.commenters.delete(normalized);
    file.viewers.delete(normalized);
    file.updated = this.now();
  }

  /** A copy owned by `owner`, with no sharing, in the given folder (Drive's makeCopy). */
  copy(source: DriveFile, owner: string, name: string, parentId?: string): DriveFile {
    return this.create({
      name,
      mimeType: source.mimeType,
      owner,
      parents: parentId ? [parentId] : undefined,
      content: source.content?.clone(),
    });
  }

  touch(file: DriveFile): void {
    file.updated = this.now();
  }

  snapshot(): unknown {
    return {
      roots: Object.fromEntries(this.roots),
      files: this.all().map((f) => ({
        ...f,
        editors: [...f.editors],
        commenters: [...f.commenters],
        viewers: [...f.viewers],
        content: f.content ? { kind: f.content.kind, data: f.content.toJSON() } : undefined,
      })),
    };
  }

  restore(data: unknown): void {
    const saved = data as {
      roots: Record<string, string>;
      files: Array<
        Omit<
          DriveFile,
          "editors" | "commenters" | "viewers" | "content" | "writersCanShare" | "appProperties"
        > & {
          writersCanShare?: boolean;
          appProperties?: Record<string, string>;
          editors: string[];
          commenters: string[];
          viewers: string[];
          content?: { kind: string; data: unknown };
        }
      >;
    };
    this.files.clear();
    this.roots.clear();
    for (const [user, id] of Object.entries(saved.roots)) this.roots.set(user, id);
    for (const f of saved.files) {
      let content: FileContent | undefined;
      if (f.content) {
        const decode = this.decoders.get(f.content.kind);
        if (!decode)
          throw new Error(`No decoder registered for saved content kind "${f.content.kind}"`);
        content = decode(f.content.data);
      }
      this.files.set(f.id, {
        writersCanShare: true,
        appProperties: {},
        ...f,
        editors: new Set(f.editors),
        commenters: new Set(f.commenters),
        viewers: new Set(f.viewers),
        content,
      });
    }
  }
}

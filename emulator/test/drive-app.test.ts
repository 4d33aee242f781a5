/*
 * DriveApp, File, Folder and their iterators, as documented at
 * developers.google.com/apps-script/reference/drive/drive-app, .../drive/file and .../drive/folder:
 * copies belong to the copier, access is checked on every call, sharing follows Drive's roles.
 */
import { run, type Workspace } from "..";
import { MIME } from "../drive/store";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const NO_ITEM =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

class Body {
  readonly kind = "test-body";
  constructor(readonly text: string) {}
  clone(): Body {
    return new Body(this.text);
  }
  toJSON(): unknown {
    return this.text;
  }
}

function setUp() {
  const ws = schoolWorkspace("drive");
  const folder = ws.drive.create({ name: "Conference docs", mimeType: MIME.folder, owner: OWNER });
  const template = ws.drive.create({
    name: "Template",
    mimeType: MIME.document,
    owner: OWNER,
    content: new Body("Dear {{student}}"),
  });
  return { ws, folder, template };
}

const as = (ws: Workspace, user: string, fn: string, ...args: unknown[]) =>
  run(ws, { fn, args, as: user });

describe("File.makeCopy (reference/drive/file#makeCopy(String,Folder))", () => {
  it("copies into the destination folder, owned by the copier, with the content cloned", () => {
    const { ws, folder, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    ws.drive.share(folder, TEACHER, "editor");
    const result = as(ws, TEACHER, "copyInto", template.id, "Ana's doc", folder.id);
    expect(result.error).toBeUndefined();
    const copy = result.value as { id: string; owner: string; parents: string[]; name: string };
    expect(copy).toMatchObject({ name: "Ana's doc", owner: TEACHER, parents: [folder.id] });
    const stored = ws.drive.get(copy.id)!;
    expect((stored.content as Body).text).toBe("Dear {{student}}");
    expect(stored.content).not.toBe(template.content);
    expect(ws.quotas.usedBy(TEACHER, "documentsCreated")).toBe(1);
  });

  it("names a copy without a name 'Copy of …' (reference/drive/file#makeCopy())", () => {
    const { ws, template } = setUp();
    const copy = as(ws, OWNER, "copyInto", template.id).value as { name: string };
    expect(copy.name).toBe("Copy of Template");
  });

  it("needs edit access to the destination: a viewer of the folder cannot copy into it", () => {
    const { ws, folder, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    ws.drive.share(folder, TEACHER, "viewer");
    const before = ws.drive.all().length;
    const result = as(ws, TEACHER, "copyInto", template.id, "x", folder.id);
    expect(result.error?.message).toBe("Access denied: DriveApp.");
    expect(ws.drive.all().length).toBe(before);
  });

  it("throws Google's quota error past the daily 'documents created' quota (guides/services/quotas)", () => {
    const { ws, template } = setUp();
    ws.quotas.setLimit("documentsCreated", 1);
    expect(as(ws, OWNER, "copyInto", template.id, "one").ok).toBe(true);
    expect(as(ws, OWNER, "copyInto", template.id, "two").error?.message).toBe(
      "Service invoked too many times for one day: docs create.",
    );
  });

  it("counts File.makeCopy and charges its modelled latency", () => {
    const { ws, template } = setUp();
    const result = as(ws, OWNER, "copyInto", template.id, "x");
    expect(result.report.counts["File.makeCopy"]).toBe(1);
    expect(result.report.modelledMs).toBeGreaterThanOrEqual(1500);
  });
});

describe("access checks (reference/drive/drive-app#getFileById(String))", () => {
  it("throws 'No item with the given ID…' for a file the user cannot see, and for a missing ID", () => {
    const { ws, template } = setUp();
    expect(as(ws, TEACHER, "openFile", template.id).error?.message).toBe(NO_ITEM);
    expect(as(ws, OWNER, "openFile", "nope").error?.message).toBe(NO_ITEM);
  });

  it("lets a viewer read but not write: setName throws 'Access denied: DriveApp.'", () => {
    const { ws, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    expect(as(ws, TEACHER, "openFile", template.id).value).toBe("Template");
    expect(as(ws, TEACHER, "renameFile", template.id, "Hijacked").error?.message).toBe(
      "Access denied: DriveApp.",
    );
    expect(template.name).toBe("Template");
  });

  it("an editor of a folder can edit every file inside it (access is inherited)", () => {
    const { ws, folder } = setUp();
    const inside = ws.drive.create({
      name: "Inside",
      mimeType: MIME.document,
      owner: OWNER,
      parents: [folder.id],
    });
    ws.drive.share(folder, TEACHER, "editor");
    expect(as(ws, TEACHER, "renameFile", inside.id, "Renamed").value).toBe("Renamed");
    expect(as(ws, TEACHER, "accessOf", inside.id, TEACHER).value).toBe("EDIT");
  });
});

describe("sharing (reference/drive/file#addEditor(String), #removeEditor, #getEditors)", () => {
  it("adding a viewer as an editor upgrades them", () => {
    const { ws, template } = setUp();
    as(ws, OWNER, "share", template.id, "addViewer", TEACHER);
    const after = as(ws, OWNER, "share", template.id, "addEditor", TEACHER).value;
    expect(after).toEqual({ editors: [TEACHER], viewers: [] });
  });

  it("addViewer has no effect on someone who is already an editor", () => {
    const { ws, template } = setUp();
    as(ws, OWNER, "share", template.id, "addEditor", TEACHER);
    expect(as(ws, OWNER, "share", template.id, "addViewer", TEACHER).value).toEqual({
      editors: [TEACHER],
      viewers: [],
    });
  });

  it("removeEditor takes the access away; removeViewer does not touch an editor", () => {
    const { ws, template } = setUp();
    as(ws, OWNER, "share", template.id, "addEditor", TEACHER);
    expect(as(ws, OWNER, "share", template.id, "removeViewer", TEACHER).value).toEqual({
      editors: [TEACHER],
      viewers: [],
    });
    as(ws, OWNER, "share", template.id, "removeEditor", TEACHER);
    expect(as(ws, TEACHER, "openFile", template.id).error?.message).toBe(NO_ITEM);
  });

  it("the owner cannot be removed", () => {
    const { ws, template } = setUp();
    expect(as(ws, OWNER, "share", template.id, "removeEditor", OWNER).error?.message).toBe(
      "Access denied: DriveApp.",
    );
  });

  it("a viewer cannot share; an editor can unless the owner turned that off", () => {
    const { ws, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    expect(as(ws, TEACHER, "share", template.id, "addViewer", OUTSIDER).error?.message).toBe(
      "Access denied: DriveApp.",
    );
    ws.drive.share(template, TEACHER, "editor");
    expect(as(ws, TEACHER, "share", template.id, "addViewer", OUTSIDER).ok).toBe(true);
    template.writersCanShare = false;
    expect(as(ws, TEACHER, "share", template.id, "addViewer", OUTSIDER).error?.message).toBe(
      "Access denied: DriveApp.",
    );
  });

  it("throws 'Invalid email: …' for an address with no Google account", () => {
    const { ws, template } = setUp();
    expect(
      as(ws, OWNER, "share", template.id, "addEditor", "nobody@nowhere.test").error?.message,
    ).toBe("Invalid email: nobody@nowhere.test");
  });

  it("getEditors is empty for a user without edit access (reference/drive/file#getEditors())", () => {
    const { ws, template } = setUp();
    ws.drive.share(template, OUTSIDER, "editor");
    ws.drive.share(template, TEACHER, "viewer");
    expect(as(ws, TEACHER, "editorsSeenBy", template.id).value).toBe(0);
    expect(as(ws, OWNER, "editorsSeenBy", template.id).value).toBe(1);
  });

  it("setSharing sets link access; the Access and Permission enums read as their names", () => {
    const { ws, template } = setUp();
    const result = as(ws, OWNER, "shareLink", template.id);
    expect(result.value).toEqual(["PRIVATE", "NONE", "DOMAIN_WITH_LINK", "COMMENT"]);
    expect(as(ws, TEACHER, "accessOf", template.id, TEACHER).value).toBe("COMMENT");
    expect(as(ws, OWNER, "accessOf", template.id, OUTSIDER).value).toBe("NONE");
  });
});

describe("folders and iterators (reference/drive/folder, reference/drive/folder-iterator)", () => {
  it("creates folders in My Drive and lists and finds them by name", () => {
    const { ws } = setUp();
    const result = as(ws, TEACHER, "makeTree");
    expect(result.error).toBeUndefined();
    const tree = result.value as Record<string, unknown>;
    expect(tree.names).toEqual(["Grade 6", "Grade 7"]);
    expect(tree.found).toBe(tree.gradeId);
    expect(tree.more).toBe(false);
    expect(tree.url).toBe(`https://drive.google.com/drive/folders/${tree.gradeId}`);
    expect(tree.parentOfRoot).toBe(tree.myDrive);
    expect(ws.drive.get(tree.gradeId as string)!.owner).toBe(TEACHER);
  });

  it("next() past the end throws 'Cannot retrieve the next object: iterator has reached the end.'", () => {
    const { ws, folder } = setUp();
    ws.drive.create({ name: "A", mimeType: MIME.document, owner: OWNER, parents: [folder.id] });
    const result = as(ws, OWNER, "exhaust", folder.id);
    expect(result.error?.message).toBe(
      "Cannot retrieve the next object: iterator has reached the end.",
    );
  });

  it("getFilesByName finds only files the user can see and that are not in the trash", () => {
    const { ws, template } = setUp();
    const mine = ws.drive.create({ name: "Template", mimeType: MIME.document, owner: TEACHER });
    expect(as(ws, TEACHER, "filesNamed", "Template").value).toEqual([mine.id]);
    expect(as(ws, TEACHER, "trash", mine.id).value).toBe(true);
    expect(as(ws, TEACHER, "filesNamed", "Template").value).toEqual([]);
    expect(as(ws, OWNER, "filesNamed", "Template").value).toEqual([template.id]);
  });

  it("only the owner can trash a file", () => {
    const { ws, template } = setUp();
    ws.drive.share(template, TEACHER, "editor");
    expect(as(ws, TEACHER, "trash", template.id).error?.message).toBe("Access denied: DriveApp.");
  });

  it("moveTo moves the file into the folder; description and dates read back", () => {
    const { ws, folder, template } = setUp();
    const result = as(ws, OWNER, "moveAndDescribe", template.id, folder.id, "For Ana");
    expect(result.value).toEqual({
      parents: [folder.id],
      description: "For Ana",
      updated: true,
      isDate: true,
    });
  });
});

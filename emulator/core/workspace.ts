/*
 * The emulated Google Workspace: users, Drive, the script project and its stores, and
 * everything an execution touches. It runs the built bundle in-process or, for real
 * concurrency, in worker threads, and saves to and loads from a folder.
 */
import fs from "node:fs";
import path from "node:path";
import { CalendarStore } from "../calendar/store";
import { ClassroomStore } from "../classroom/store";
import { decodeDocument } from "../docs/model";
import { type DriveFile, DriveStore, MIME } from "../drive/store";
import { GmailStore } from "../gmail/store";
import { CacheStore } from "../services/cache";
import { UiRegistry } from "../services/ui";
import { decodeSpreadsheet } from "../sheets/model";
import { GoogleError } from "./errors";
import { Execution } from "./execution";
import { FaultPlan } from "./faults";
import { IdGenerator } from "./ids";
import { LatencyModel } from "./latency";
import { LockTable } from "./locks";
import type { PersistentSlice } from "./persistent-slice";
import { LIMITS, QuotaLedger } from "./quotas";
import { RateLedger } from "./rate-limits";
import type { ExecutionReport, RunRequest } from "./run-request";
import { TriggerTable } from "./triggers";
import { UserDirectory } from "./users";

export interface WebAppDeployment {
  readonly executeAs: "USER_DEPLOYING" | "USER_ACCESSING";
  readonly access: "MYSELF" | "DOMAIN" | "ANYONE" | "ANYONE_ANONYMOUS";
}

/**
 * A web-app deployment of the script project, at https://script.google.com/macros/s/{id}/exec;
 * or the project's test deployment at /dev, which only the project's editors may open
 * (developers.google.com/apps-script/guides/web#test_a_web_app_deployment).
 */
export interface Deployment {
  readonly id: string;
  readonly url: string;
  readonly executeAs: WebAppDeployment["executeAs"];
  readonly access: WebAppDeployment["access"] | "PROJECT_EDITORS";
}

export type ScriptRole = "viewer" | "editor";

export interface ScriptProject {
  readonly scriptId: string;
  /** The account that deployed the web app and owns the hub; "" until `deploy`. */
  owner: string;
  timeZone: string;
  /** The first web-app deployment, at `Workspace.webAppUrl`. */
  webApp: WebAppDeployment;
  /** Further web-app deployments of the same project, each with its own ID and settings. */
  deployments: Array<WebAppDeployment & { readonly id: string }>;
}

export interface WorkspaceOptions {
  /**
   * The folder of the built bundle every execution loads (its .js files and the .html files
   * HtmlService reads); default `DEFAULT_BUNDLE_DIR`.
   */
  readonly bundleDir?: string;
  /** The script project's name, as Drive lists its file and as an add-on's menu is captioned. */
  readonly scriptName?: string;
  readonly timeZone?: string;
  readonly seed?: number;
  /** The wall clock for created/updated stamps; tests may freeze it. runDueTriggers moves it on. */
  readonly now?: () => number;
}

/** The bundle of the project the emulator sits in: `dist/` beside `emulator/`. */
export const DEFAULT_BUNDLE_DIR = path.resolve(__dirname, "../../dist");

const DEFAULT_SCRIPT_NAME = "Confer";

export class Workspace {
  readonly users = new UserDirectory();
  readonly ids: IdGenerator;
  readonly drive: DriveStore;
  readonly quotas = new QuotaLedger();
  readonly rates = new RateLedger();
  readonly faults = new FaultPlan();
  readonly latency = new LatencyModel();
  readonly locks = new LockTable();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly documentProperties = new Map<string, Map<string, string>>();
  readonly script: ScriptProject;
  readonly bundleDir: string;
  readonly scriptName: string;
  readonly now: () => number;
  /** Reports of finished executions, newest last. */
  readonly history: ExecutionReport[] = [];
  readonly ui = new UiRegistry();
  readonly caches = new CacheStore();
  readonly gmail = new GmailStore();
  readonly calendar = new CalendarStore();
  readonly classroom = new ClassroomStore();
  readonly triggers: TriggerTable;
  private readonly tokens = new Map<string, string>();
  /** Further tokens a test issued, each with its own user and scopes. */
  private readonly issued = new Map<string, { user: string; scopes: readonly string[] }>();
  private manifestScopes: readonly string[] | null | undefined;
  private readonly running = new Map<string, number>();
  private readonly slices = new Map<string, PersistentSlice>();

  constructor(options: WorkspaceOptions = {}) {
    this.ids = new IdGenerator(options.seed);
    this.triggers = new TriggerTable(options.now ?? (() => Date.now()));
    this.now = () => this.triggers.now();
    this.drive = new DriveStore(this.ids, this.now);
    this.drive.registerContent("spreadsheet", decodeSpreadsheet);
    this.drive.registerContent("document", decodeDocument);
    this.persist("triggers", this.triggers);
    this.persist("caches", this.caches);
    this.persist("gmail", this.gmail);
    this.persist("calendar", this.calendar);
    this.persist("classroom", this.classroom);
    this.bundleDir = options.bundleDir ?? DEFAULT_BUNDLE_DIR;
    this.scriptName = options.scriptName ?? DEFAULT_SCRIPT_NAME;
    this.script = {
      scriptId: this.ids.fileId(),
      owner: "",
      timeZone: options.timeZone ?? "America/New_York",
      webApp: { executeAs: "USER_DEPLOYING", access: "DOMAIN" },
      deployments: [],
    };
  }

  /** Deploys the script as `owner` (the coordinator), as `clasp push` plus a web-app deployment would. */
  deploy(owner: string, webApp?: WebAppDeployment): void {
    this.script.owner = this.users.require(owner).email;
    if (webApp) this.script.webApp = checkedDeployment(webApp);
    if (!this.drive.get(this.script.scriptId)) {
      this.drive.create({
        id: this.script.scriptId,
        name: this.scriptName,
        mimeType: MIME.script,
        owner: this.script.owner,
      });
    }
  }

  /**
   * A standalone project is a Drive file (MIME application/vnd.google-apps.script) with the
   * project's ID: it is shared, and its sharing listed, as any file is.
   */
  private scriptFile(): DriveFile {
    const file = this.drive.get(this.script.scriptId);
    if (!file) throw new Error("Deploy the script (Workspace.deploy) before sharing it.");
    return file;
  }

  get webAppUrl(): string {
    return execUrl(this.script.scriptId);
  }

  /**
   * Adds another web-app deployment of the same script project (same code, script properties
   * and script lock), deployed by the owner; answers its /exec URL.
   */
  addDeployment(webApp: WebAppDeployment): string {
    if (this.script.owner === "") {
      throw new Error("Deploy the script (Workspace.deploy) before adding a deployment.");
    }
    const id = this.ids.token(72, "AKfycb");
    const { executeAs, access } = checkedDeployment(webApp);
    this.script.deployments.push({ id, executeAs, access });
    return execUrl(id);
  }

  /**
   * Shares the script project, as the Share dialog on the project does: with one person, or
   * ("@school.test") with everyone in the owner's domain who has the link.
   */
  shareScript(emailOrDomain: string, role: ScriptRole): void {
    const file = this.scriptFile();
    if (emailOrDomain.startsWith("@")) {
      file.linkAccess = "DOMAIN_WITH_LINK";
      file.linkRole = role;
    } else this.drive.share(file, emailOrDomain.toLowerCase(), role);
  }

  /** Takes back every share of the script project: only its owner can then reach it. */
  unshareScript(): void {
    const file = this.scriptFile();
    for (const email of [...file.editors, ...file.commenters, ...file.viewers]) {
      this.drive.unshare(file, email);
    }
    file.linkAccess = "PRIVATE";
  }

  /** The role a user has on the script project: its owner edits it; others as it is shared. */
  scriptRoleOf(user: string): ScriptRole | "owner" | undefined {
    const file = this.drive.get(this.script.scriptId);
    if (!file || user === "") return undefined;
    const role = this.drive.roleOf(user, file);
    return role === "commenter" ? "viewer" : role;
  }

  /** The test deployment's URL, which answers only the project's editors. */
  get devUrl(): string {
    return `https://script.google.com/macros/s/${this.script.scriptId}/dev`;
  }

  /** Every web-app deployment, the first one (`webAppUrl`) first; none before `deploy`. */
  deploymentList(): Deployment[] {
    if (this.script.owner === "") return [];
    const first = { id: this.script.scriptId, ...this.script.webApp };
    return [first, ...this.script.deployments].map((d) => ({
      id: d.id,
      url: execUrl(d.id),
      executeAs: d.executeAs,
      access: d.access,
    }));
  }

  /** The deployment an /exec URL (query and fragment aside) belongs to. */
  deploymentAt(url: string | URL): Deployment | undefined {
    if (!URL.canParse(String(url))) return undefined;
    const parsed = new URL(String(url));
    const bare = `${parsed.origin}${parsed.pathname}`;
    if (this.script.owner !== "" && bare === this.devUrl) {
      return {
        id: this.script.scriptId,
        url: this.devUrl,
        executeAs: this.script.webApp.executeAs,
        access: "PROJECT_EDITORS",
      };
    }
    return this.deploymentList().find((d) => d.url === bare);
  }

  /** The OAuth access token a user's executions present to Google's REST APIs. */
  tokenFor(user: string): string {
    let token = this.tokens.get(user);
    if (!token) {
      token = this.ids.token(40, "ya29.");
      this.tokens.set(user, token);
    }
    return token;
  }

  /** The user a bearer token belongs to, or undefined for an unknown token. */
  userOfToken(token: string): string | undefined {
    for (const [user, t] of this.tokens) if (t === token) return user;
    return this.issued.get(token)?.user;
  }

  /** A further access token for `user` granting only `scopes`, as another OAuth client would hold. */
  issueToken(user: string, scopes: readonly string[]): string {
    const token = this.ids.token(40, "ya29.");
    this.issued.set(token, { user: this.users.require(user).email, scopes: [...scopes] });
    return token;
  }

  /**
   * The scopes a token grants: an issued token's own, else those the bundle's manifest declares
   * (the consent a user gave the script); null when the bundle has no manifest to say.
   */
  scopesOf(token: string): readonly string[] | null {
    const issued = this.issued.get(token);
    if (issued) return issued.scopes;
    if (this.manifestScopes === undefined) {
      const file = path.join(this.bundleDir, "appsscript.json");
      this.manifestScopes = fs.existsSync(file)
        ? ((JSON.parse(fs.readFileSync(file, "utf8")) as { oauthScopes?: string[] }).oauthScopes ??
          null)
        : null;
    }
    return this.manifestScopes;
  }

  propertiesOf(scope: "script" | "user" | "document", key = ""): Map<string, string> {
    if (scope === "script") return this.scriptProperties;
    const table = scope === "user" ? this.userProperties : this.documentProperties;
    let store = table.get(key);
    if (!store) {
      store = new Map();
      table.set(key, store);
    }
    return store;
  }

  /** Registers a named piece of state for save and load. */
  persist(name: string, slice: PersistentSlice): void {
    this.slices.set(name, slice);
  }

  /** Starts an execution, or refuses it as Google does past 30 simultaneous ones per user. */
  begin(request: RunRequest): Execution {
    const exec = new Execution(this, request);
    const user = exec.effectiveUser;
    const now = this.running.get(user) ?? 0;
    if (now >= LIMITS.simultaneousExecutionsPerUser) {
      throw new GoogleError(
        "There are too many scripts running simultaneously for this Google user account.",
      );
    }
    this.running.set(user, now + 1);
    return exec;
  }

  end(exec: Execution): void {
    if (exec.finished) return;
    exec.finished = true;
    this.locks.releaseAll(exec.id);
    const user = exec.effectiveUser;
    this.running.set(user, Math.max(0, (this.running.get(user) ?? 1) - 1));
    this.history.push(exec.report());
  }

  runningFor(user: string): number {
    return this.running.get(user.toLowerCase()) ?? 0;
  }

  save(dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    const state = {
      version: 1,
      idSeed: this.ids.seed,
      script: this.script,
      users: this.users.snapshot(),
      drive: this.drive.snapshot(),
      quotas: this.quotas.snapshot(),
      properties: {
        script: Object.fromEntries(this.scriptProperties),
        user: mapOfMaps(this.userProperties),
        document: mapOfMaps(this.documentProperties),
      },
      slices: Object.fromEntries([...this.slices].map(([name, slice]) => [name, slice.snapshot()])),
    };
    fs.writeFileSync(path.join(dir, "state.json"), JSON.stringify(state, null, 1));
  }

  load(dir: string): void {
    const state = JSON.parse(fs.readFileSync(path.join(dir, "state.json"), "utf8"));
    if (state.version !== 1) throw new Error(`Unsupported saved state version ${state.version}`);
    Object.assign(this.script, state.script);
    this.script.deployments = [...(state.script.deployments ?? [])];
    this.users.restore(state.users);
    this.drive.restore(state.drive);
    this.quotas.restore(state.quotas);
    restoreMap(this.scriptProperties, state.properties.script);
    restoreMapOfMaps(this.userProperties, state.properties.user);
    restoreMapOfMaps(this.documentProperties, state.properties.document);
    for (const [name, slice] of this.slices) {
      if (name in state.slices) slice.restore(state.slices[name]);
    }
    this.ids.reseed(state.idSeed);
  }
}

/** Apps Script offers anonymous access only to a web app that executes as the user deploying it. */
function checkedDeployment(webApp: WebAppDeployment): WebAppDeployment {
  if (webApp.access === "ANYONE_ANONYMOUS" && webApp.executeAs !== "USER_DEPLOYING") {
    throw new Error("A web app open to anonymous users must execute as the user deploying it.");
  }
  return webApp;
}

function execUrl(deploymentId: string): string {
  return `https://script.google.com/macros/s/${deploymentId}/exec`;
}

function mapOfMaps(
  table: Map<string, Map<string, string>>,
): Record<string, Record<string, string>> {
  return Object.fromEntries([...table].map(([key, store]) => [key, Object.fromEntries(store)]));
}

function restoreMap(target: Map<string, string>, data: Record<string, string>): void {
  target.clear();
  for (const [key, value] of Object.entries(data)) target.set(key, value);
}

function restoreMapOfMaps(
  target: Map<string, Map<string, string>>,
  data: Record<string, Record<string, string>>,
): void {
  target.clear();
  for (const [key, store] of Object.entries(data)) target.set(key, new Map(Object.entries(store)));
}

/*
 * PropertiesService: script, user and document stores of string values, with Google's limits
 * (9 KB per value, 500 KB per store) and the daily read/write quota.
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import { LIMITS } from "../core/quotas";

type Store = Map<string, string>;

export class EmulatedProperties
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Properties.Properties,
      | "getProperty"
      | "getProperties"
      | "getKeys"
      | "setProperty"
      | "setProperties"
      | "deleteProperty"
      | "deleteAllProperties"
    >
{
  static override readonly className = "Properties";
  static override readonly methods = [
    "getProperty",
    "getProperties",
    "getKeys",
    "setProperty",
    "setProperties",
    "deleteProperty",
    "deleteAllProperties",
  ];

  constructor(
    exec: Execution,
    private readonly store: Store,
  ) {
    super(exec);
  }

  private spend(): void {
    this.exec.workspace.quotas.spend(this.exec.effectiveUser, "propertiesReadWrite");
  }

  getProperty(key: string): string | null {
    this.spend();
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): { [key: string]: string } {
    this.spend();
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.spend();
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): EmulatedProperties {
    if (key === undefined || key === null || String(key) === "") {
      throw new GoogleError("Invalid argument: key");
    }
    this.spend();
    this.write(new Map([[String(key), String(value)]]));
    return this;
  }

  setProperties(
    properties: { [key: string]: string },
    deleteAllOthers?: boolean,
  ): EmulatedProperties {
    if (properties === null || typeof properties !== "object") {
      throw new GoogleError("Invalid argument: properties");
    }
    this.spend();
    const entries = new Map(Object.entries(properties).map(([k, v]) => [k, String(v)]));
    if (deleteAllOthers) this.store.clear();
    this.write(entries);
    return this;
  }

  deleteProperty(key: string): EmulatedProperties {
    this.spend();
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): EmulatedProperties {
    this.spend();
    this.store.clear();
    return this;
  }

  /** Writes all or nothing, within the per-value and per-store size limits. */
  private write(entries: Map<string, string>): void {
    for (const [key, value] of entries) {
      if (Buffer.byteLength(key) + Buffer.byteLength(value) > LIMITS.propertyValueBytes) {
        throw new GoogleError("Argument too large: value");
      }
    }
    const next = new Map([...this.store, ...entries]);
    let total = 0;
    for (const [key, value] of next) total += Buffer.byteLength(key) + Buffer.byteLength(value);
    if (total > LIMITS.propertiesTotalBytes) {
      throw new GoogleError(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    for (const [key, value] of entries) this.store.set(key, value);
  }
}

export class EmulatedPropertiesService
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Properties.PropertiesService,
      "getScriptProperties" | "getUserProperties" | "getDocumentProperties"
    >
{
  static override readonly className = "PropertiesService";
  static override readonly methods = [
    "getScriptProperties",
    "getUserProperties",
    "getDocumentProperties",
  ];

  getScriptProperties(): EmulatedProperties {
    return new EmulatedProperties(this.exec, this.exec.workspace.propertiesOf("script"));
  }

  getUserProperties(): EmulatedProperties {
    return new EmulatedProperties(
      this.exec,
      this.exec.workspace.propertiesOf("user", this.exec.effectiveUser),
    );
  }

  /** Null outside a bound document or add-on container, as documented. */
  getDocumentProperties(): EmulatedProperties | null {
    const container = this.exec.containerId;
    if (!container) return null;
    return new EmulatedProperties(
      this.exec,
      this.exec.workspace.propertiesOf("document", container),
    );
  }
}

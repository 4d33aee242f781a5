/*
 * The modules a TypeScript file names: each import and export-from declaration, each import()
 * call and each import("…") type, with its line and whether it brings in types only.
 */
import { parseSync } from "@swc/core";

export interface ModuleReference {
  readonly specifier: string;
  readonly line: number;
  readonly typeOnly: boolean;
}

type Node = { readonly type?: string; readonly span?: { readonly start: number } } & Record<
  string,
  unknown
>;

const MARKER = "0;";

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null;
}

function stringValue(value: unknown): string | undefined {
  return isNode(value) && value.type === "StringLiteral" ? String(value.value) : undefined;
}

function referenceIn(node: Node): { specifier: string; typeOnly: boolean } | undefined {
  switch (node.type) {
    case "ImportDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration": {
      const specifier = stringValue(node.source);
      return specifier === undefined ? undefined : { specifier, typeOnly: node.typeOnly === true };
    }
    case "CallExpression": {
      if (!isNode(node.callee) || node.callee.type !== "Import") return undefined;
      const [first] = node.arguments as { expression?: unknown }[];
      const specifier = stringValue(first?.expression);
      return specifier === undefined ? undefined : { specifier, typeOnly: false };
    }
    case "TsImportType": {
      const specifier = stringValue(node.argument);
      return specifier === undefined ? undefined : { specifier, typeOnly: true };
    }
    default:
      return undefined;
  }
}

/** Every module reference in the source, in the order they appear. */
export function moduleReferences(source: string): ModuleReference[] {
  const text = source.startsWith("#!") ? `//${source.slice(2)}` : source;
  const program = parseSync(MARKER + text, { syntax: "typescript" });
  const base = (program.body[0]?.span.start ?? 0) + Buffer.byteLength(MARKER);
  const bytes = Buffer.from(text);
  const lineAt = (start: number) => {
    const before = bytes.subarray(0, start - base);
    return before.reduce((lines, byte) => (byte === 0x0a ? lines + 1 : lines), 1);
  };
  const found: ModuleReference[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    const reference = referenceIn(value);
    if (reference && value.span) found.push({ ...reference, line: lineAt(value.span.start) });
    for (const [key, child] of Object.entries(value)) if (key !== "span") visit(child);
  };
  visit(program.body.slice(1));
  return found;
}

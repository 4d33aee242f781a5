/*
 * The base of every emulated Apps Script object, and the type that ties an emulated class
 * to Google's own typings so that a signature cannot drift from @types/google-apps-script.
 */
import type { Execution } from "./execution";

type Returned<R> = undefined extends R
  ? R
  : R extends string | boolean | null | undefined
    ? R
    : R extends Date
      ? Date
      : R extends number
        ? number extends R
          ? number
          : unknown
        : R extends readonly (infer E)[]
          ? readonly Returned<E>[]
          : unknown;

/**
 * The members K of Google's interface T, with Google's parameter types. Return values that are
 * Google objects are emulated objects, so only primitive, Date and array returns are checked.
 */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Returned<R> : T[P];
};

export interface EmulatedClass {
  readonly className: string;
  readonly methods: readonly string[];
  readonly properties?: readonly string[];
  readonly settable?: boolean;
}

export abstract class Emulated {
  static readonly className: string = "Object";
  static readonly methods: readonly string[] = [];
  static readonly properties: readonly string[] = [];

  constructor(readonly exec: Execution) {}

  get emulatedClass(): EmulatedClass {
    return this.constructor as unknown as EmulatedClass;
  }

  /** Receives a property the script sets, on classes that are `settable`. */
  assign(name: string, _value: unknown): void {
    throw new Error(`not emulated: setting ${this.emulatedClass.className}.${name}`);
  }

  /** What a test or a web-app response sees of this object when an execution returns it. */
  describe(): unknown {
    return { emulated: this.emulatedClass.className };
  }

  toString(): string {
    return this.emulatedClass.className;
  }
}

export function isEmulated(value: unknown): value is Emulated {
  return value instanceof Emulated;
}

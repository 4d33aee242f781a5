/*
 * The one path every emulated call takes, whichever thread the script runs on:
 * check the method is emulated, charge the execution, call, and report any signal.
 */
import { type Emulated, isEmulated } from "./emulated";
import { notEmulated } from "./errors";
import { isSignal, type Signal } from "./signals";

export type Outcome =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "signal"; readonly signal: Signal };

export function memberKind(target: Emulated, name: string): "method" | "property" | "missing" {
  const cls = target.emulatedClass;
  if (cls.methods.includes(name)) return "method";
  if (cls.properties?.includes(name)) return "property";
  return "missing";
}

export function readProperty(target: Emulated, name: string): unknown {
  if (memberKind(target, name) !== "property")
    throw notEmulated(target.emulatedClass.className, name);
  return (target as unknown as Record<string, unknown>)[name];
}

/** Charges one call of `method` and makes it. */
export function invoke(target: Emulated, method: string, args: readonly unknown[]): Outcome {
  const cls = target.emulatedClass;
  if (memberKind(target, method) !== "method") throw notEmulated(cls.className, method);
  target.exec.charge(cls.className, method);
  return callAgain(target, method, args);
}

/** Makes a call that was already charged: the first attempt, or a retry after a wait. */
export function callAgain(target: Emulated, method: string, args: readonly unknown[]): Outcome {
  try {
    const fn = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
    return { kind: "value", value: fn.apply(target, args as unknown[]) };
  } catch (thrown) {
    if (isSignal(thrown)) return { kind: "signal", signal: thrown };
    throw thrown;
  }
}

export { isEmulated };

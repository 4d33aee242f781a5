/* Errors the emulator raises, worded as Google's services word them. */

export class GoogleError extends Error {
  constructor(message: string, name = "Exception") {
    super(message);
    this.name = name;
  }
}

export function notEmulated(className: string, member: string): GoogleError {
  return new GoogleError(`not emulated: ${className}.${member}`, "Error");
}

export function invalidArgument(name: string): GoogleError {
  return new GoogleError(`Invalid argument: ${name}`);
}

export function noAccess(what = "document"): GoogleError {
  return new GoogleError(
    `You do not have permission to access the requested ${what}.`,
    "Exception",
  );
}

export function exceededExecutionTime(): GoogleError {
  return new GoogleError("Exceeded maximum execution time", "Error");
}

export function quotaExceeded(service: string): GoogleError {
  return new GoogleError(`Service invoked too many times for one day: ${service}.`);
}

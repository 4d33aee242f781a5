/* Reads the refusal code a booking decision throws, so tests can assert it. */
import { BookingRefusedError } from "../../../src/domain/schedule/errors";

export function refusal(decide: () => unknown): { code: string; message: string } {
  try {
    decide();
  } catch (error) {
    if (error instanceof BookingRefusedError) return { code: error.reason, message: error.message };
    throw error;
  }
  throw new Error("the request was not refused");
}

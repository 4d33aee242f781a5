/*
 * What one request to a Google service came to: its value, or the error with whether trying
 * again later could help. Adapters answer a batch with one outcome per request, in order.
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: string;
      readonly transient: boolean;
      /** The HTTP status Google answered with, when there was an answer. */
      readonly status?: number;
    };

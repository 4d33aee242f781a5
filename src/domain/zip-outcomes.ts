/*
 * A batch call answers with one outcome per request, in request order: this pairs each request
 * with its outcome.
 */

export function zipOutcomes<R, O>(
  requests: readonly R[],
  outcomes: readonly O[],
): [request: R, outcome: O][] {
  if (outcomes.length !== requests.length) {
    throw new Error(`${outcomes.length} outcomes came back for ${requests.length} requests.`);
  }
  return requests.map((request, i) => [request, outcomes[i]!]);
}

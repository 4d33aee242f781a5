/*
 * The real-Google limits the scenarios are held against, each with its public source: URL
 * Fetch's 60 s for what a sidebar asks of the web app, and the 6-minute execution.
 */
import type { Measurement } from "./measure";
import type { RealLimit } from "./scenario";

const QUOTAS = "developers.google.com/apps-script/guides/services/quotas";
const FETCH_TIMEOUT_S = 60;
const EXECUTION_S = 360;

/**
 * The sidebar's request to the web app gives up after 60 s, so Confer's `doPost` figure is
 * compared with it; the baseline, which makes no such request, by its whole modelled time.
 */
export function webAppFetchLimit(doPost: (confer: Measurement) => number): RealLimit {
  return {
    what: `URL Fetch response time, ${FETCH_TIMEOUT_S} s (${QUOTAS}): the sidebar's request to the web app gives up after it, so the doPost is compared with it`,
    seconds: () => FETCH_TIMEOUT_S,
    measured: doPost,
    baselineMeasured: (m) => m.modelledSeconds,
  };
}

/** One execution stops at 6 minutes: `of` says which execution is compared with it. */
export function executionLimit(of: string, measured?: (m: Measurement) => number): RealLimit {
  return {
    what: `Script runtime, 6 min an execution (${QUOTAS}): ${of}`,
    seconds: () => EXECUTION_S,
    ...(measured ? { measured } : {}),
  };
}

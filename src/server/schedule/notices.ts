/*
 * Telling people about bookings: confirmations, moves, cancellations, reminders and no-shows,
 * one message per guardian language (translated once per distinct text) and one to the student.
 * As Settings say, they wait as drafts in the hub owner's Gmail or are sent from it.
 */

import { normalizeLanguageTag } from "../../domain/guardian-updates/language-tag";
import { type Address, composeMessage, textToHtml } from "../../domain/guardian-updates/mime";
import { withOriginal } from "../../domain/guardian-updates/update";
import type { Outcome } from "../../domain/outcome";
import type { Roster } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import type { Notice } from "../../domain/schedule/booking";
import { studentName } from "../../domain/schedule/families";
import type { Slot } from "../../domain/schedule/model";
import { keptUntil } from "../../domain/schedule/notice-draft-records";
import { NOTICE_ID_HEADER, NOTICE_KEY_HEADER } from "../../domain/schedule/notice-headers";
import { latestPerKey, noticeKey } from "../../domain/schedule/notice-key";
import { noticeMessage } from "../../domain/schedule/notices";
import type { ScheduleNotices, Settings } from "../../domain/settings/settings";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { checkDailyUse, recordDailyUse } from "../../workspace/daily-use";
import {
  createDrafts,
  draftRequests,
  idOf,
  updateDraftRequest,
} from "../../workspace/gmail-drafts";
import { sendRequests } from "../../workspace/gmail-send";
import { type ApiRequest, callAll } from "../../workspace/google-api";
import { keepNoticeDraftIds, noticeDraftIds } from "../../workspace/notice-drafts";
import { translateAll } from "../../workspace/translation";

export const NOTICE_TAG = "X-Confer-Notice";

export interface NoticeContext {
  readonly settings: Pick<Settings, "defaultLanguage" | "schoolName" | "timeZone">;
  readonly roster: Roster;
  readonly slots: ReadonlyMap<string, Slot>;
  /** The family's sign-up link for each student, where one is known. */
  readonly signupUrlOf: (studentId: string) => string;
  readonly feedback?: string;
  /** Whether the student gets their own copy; families only for reminders to book. */
  readonly toStudent?: boolean;
}

export interface NoticesDelivered {
  readonly mode: ScheduleNotices;
  readonly messages: number;
  /** Of the drafts, how many replaced an earlier draft a later change had made stale. */
  readonly replaced: number;
  readonly problems: readonly string[];
}

/** A message ready to translate and compose: plain JSON, so it can cross the web app. */
export interface Planned {
  readonly to: readonly Address[];
  readonly language: string;
  readonly subject: string;
  readonly text: string;
  readonly tag: string;
  /** Shared by every notice about one booking to one audience: the latest replaces the rest. */
  readonly key: string;
  readonly student: string;
  /** The slot's start (ISO), or "" for a reminder to book: how long the draft's record is kept. */
  readonly start: string;
}

export function planNotices(notices: readonly Notice[], context: NoticeContext): Planned[] {
  const { settings, roster } = context;
  const planned: Planned[] = [];
  for (const notice of notices) {
    const student = rosterIndex(roster).studentById.get(notice.studentId);
    const slot = context.slots.get(notice.slotId);
    if (!student || (!slot && notice.kind !== "not-booked")) continue;
    const hostEmail = slot?.hostEmail ?? student.advisorEmail;
    const byLanguage = new Map<string, Address[]>();
    for (const guardian of student.guardians) {
      if (guardian.email === "") continue;
      const language = normalizeLanguageTag(guardian.language || settings.defaultLanguage);
      byLanguage.set(language, [
        ...(byLanguage.get(language) ?? []),
        { name: guardian.name, email: guardian.email },
      ]);
    }
    const audiences: { to: Address[]; language: string; signup: string; key: string }[] = [
      ...[...byLanguage].map(([language, to]) => ({
        to,
        language,
        key: language,
        signup: context.signupUrlOf(student.id),
      })),
    ];
    if (student.email !== "" && context.toStudent !== false) {
      audiences.push({
        to: [{ name: studentName(student), email: student.email }],
        language: normalizeLanguageTag(settings.defaultLanguage),
        signup: "",
        key: "student",
      });
    }
    for (const audience of audiences) {
      const message = noticeMessage(notice, {
        studentName: studentName(student),
        hostName: rosterIndex(roster).nameOf(hostEmail),
        schoolName: settings.schoolName,
        minutes: slot?.minutes ?? 0,
        location: slot?.location ?? "",
        timeZone: settings.timeZone,
        locale: audience.language,
        signupUrl: audience.signup,
        feedback: context.feedback ?? "",
      });
      planned.push({
        to: audience.to,
        language: audience.language,
        subject: message.subject,
        text: message.body,
        tag: `${notice.kind}/${notice.slotId}/${notice.studentId}/${audience.language}`,
        key: noticeKey(notice, slot?.round ?? "", audience.key),
        student: studentName(student),
        start: slot?.start ?? "",
      });
    }
  }
  return planned;
}

function translated(planned: readonly Planned[], defaultLanguage: string): Planned[] {
  const foreign = planned.filter(
    (p) => normalizeLanguageTag(p.language) !== normalizeLanguageTag(defaultLanguage),
  );
  if (foreign.length === 0) return [...planned];
  const requests = foreign.flatMap((p) => [
    { text: p.subject, from: defaultLanguage, to: p.language },
    { text: p.text, from: defaultLanguage, to: p.language },
  ]);
  checkDailyUse({ translations: new Set(requests.map((r) => `${r.to}\u0000${r.text}`)).size });
  const result = translateAll(requests);
  recordDailyUse({ translations: result.translated });
  return planned.map((p) => {
    const at = foreign.indexOf(p);
    if (at < 0) return p;
    return {
      ...p,
      subject: result.texts[2 * at]!,
      text: withOriginal(result.texts[2 * at + 1]!, p.text),
    };
  });
}

/** A message Gmail could not take for a while, for the hub owner's outbox. */
export interface Undelivered {
  readonly student: string;
  readonly tag: string;
  readonly raw: string;
  readonly error: string;
}

/** Messages translated and composed, with the Gmail requests that draft or send them. */
export interface ComposedNotices {
  readonly mode: ScheduleNotices;
  readonly planned: readonly Planned[];
  readonly raws: readonly string[];
  readonly requests: readonly ApiRequest[];
  readonly recipients: number;
  /** The earlier draft each draft replaces, or "" for a new draft. */
  readonly replacing: readonly string[];
}

/** Translates and composes every planned message; refuses sends past the day's recipients. */
export function composeNotices(
  messages: readonly Planned[],
  mode: ScheduleNotices,
  defaultLanguage: string,
  from: Address,
): ComposedNotices {
  const planned = translated(latestPerKey(messages), defaultLanguage);
  const raws = planned.map((p) => {
    const id = `confer-${Utilities.getUuid()}`;
    return composeMessage(
      {
        from,
        to: p.to,
        subject: p.subject,
        text: p.text,
        html: textToHtml(p.text),
        language: p.language,
        headers: {
          [NOTICE_TAG]: p.tag,
          [NOTICE_ID_HEADER]: id,
          [NOTICE_KEY_HEADER]: encodeURIComponent(p.key),
        },
      },
      id,
    );
  });
  const recipients = planned.reduce((sum, p) => sum + p.to.length, 0);
  if (mode === "send" && planned.length > 0) checkDailyUse({ recipients });
  const earlier = mode === "draft" && planned.length > 0 ? noticeDraftIds() : new Map();
  const replacing = planned.map((p) => earlier.get(p.key) ?? "");
  const requests =
    mode === "send"
      ? sendRequests(raws)
      : raws.map((raw, i) =>
          replacing[i] ? updateDraftRequest(replacing[i]!, raw) : draftRequests([raw])[0]!,
        );
  return { mode, planned, raws, requests, recipients, replacing };
}

/**
 * What Gmail made of the composed messages. A message Gmail refuses for a while (a rate limit,
 * an outage) goes to `keep`, when given, to be tried again later; any other refusal is reported.
 */
export function settleNotices(
  composed: ComposedNotices,
  answers: readonly Outcome<unknown>[],
  keep?: (undelivered: readonly Undelivered[]) => void,
): NoticesDelivered {
  const { mode, planned, raws, replacing } = composed;
  if (planned.length === 0) return { mode, messages: 0, replaced: 0, problems: [] };
  if (mode === "send") recordDailyUse({ recipients: composed.recipients });
  const outcomes = answers.map(idOf);
  const gone = outcomes
    .map((_, i) => i)
    .filter((i) => replacing[i] && !outcomes[i]!.ok && /not found/i.test(outcomes[i]!.error));
  const remade = gone.length > 0 ? createDrafts(gone.map((i) => raws[i]!)) : [];
  gone.forEach((i, n) => {
    outcomes[i] = remade[n]!;
  });
  const replaced = outcomes.filter((o, i) => o.ok && replacing[i] && !gone.includes(i)).length;
  if (mode === "draft") {
    const now = Date.now();
    keepNoticeDraftIds(
      new Map(
        zipOutcomes(planned, outcomes).flatMap(([p, o]) =>
          o.ok ? [[p.key, { id: o.value, until: keptUntil(p.start, now) }] as const] : [],
        ),
      ),
      now,
    );
  }
  const problems: string[] = [];
  const kept: Undelivered[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) return;
    const { student, tag } = planned[i]!;
    if (keep && outcome.transient) {
      kept.push({ student, tag, raw: raws[i]!, error: outcome.error });
      problems.push(
        `${student}: Gmail could not take the ${mode} just now (${outcome.error}); Confer keeps it in the hub's Outbox and tries again with the daily reminders.`,
      );
    } else {
      problems.push(`${student}: Gmail refused the ${mode}: ${outcome.error}`);
    }
  });
  if (kept.length > 0) keep?.(kept);
  return { mode, messages: outcomes.filter((o) => o.ok).length, replaced, problems };
}

/** Drafts (in this execution's user's Gmail) or sends every planned message, as settleNotices. */
export function deliverMessages(
  messages: readonly Planned[],
  mode: ScheduleNotices,
  defaultLanguage: string,
  from: Address,
  keep?: (undelivered: readonly Undelivered[]) => void,
): NoticesDelivered {
  const composed = composeNotices(messages, mode, defaultLanguage, from);
  return settleNotices(composed, callAll(composed.requests), keep);
}

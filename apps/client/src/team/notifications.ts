import { type CountryView, isPreservable, type KnownEvidence, type ObjectiveView } from '@crossborder/engine';
import { ruleCitation } from '../citations.js';
import { t, tDynamic, violationMessage } from '../i18n.js';
import { ruleText } from '../rule-text.js';
import { span } from '../time.js';
import { consultationAbout, requestAbout, requestNamer } from './about.js';
import { statusText } from './requests.js';
import type { Target } from './target.js';

/**
 * What a busy team must not miss, worked out by comparing its view before and after a change
 * (and the game time, for deadlines): a request arrived or was answered, conditions were offered,
 * a consultation or an agreement waits, evidence arrived or was lost, an objective was met, a
 * deadline is 24 or 6 hours away, a ruling went against the team, an inject happened. Each has a
 * stable key, so that it is announced once, and where it is about, so that it opens it.
 */
type NoticeKind =
  | 'arrival'
  | 'answer'
  | 'conditions'
  | 'consultation'
  | 'agreement'
  | 'evidence'
  | 'objective'
  | 'deadline'
  | 'lost'
  | 'ruling'
  | 'inject'
  | 'message';

export interface Notice {
  key: string;
  kind: NoticeKind;
  text: string;
  /** Urgent notices are announced at once to screen readers (aria-live assertive). */
  urgent: boolean;
  /** What the notice is about: opening it goes there. */
  target: Target | null;
}

const HOUR = 60;
const THRESHOLDS = [24 * HOUR, 6 * HOUR] as const;

interface Deadline {
  key: string;
  at: number;
  what: string;
  target: Target;
  /** The waiting move (moves.ts) this deadline belongs to, if one says it already. */
  move?: string;
}

/** What the requesting State is told when its request moves on: a notice says so. */
const ANSWERS: readonly string[] = [
  'executing',
  'executed',
  'partially-executed',
  'postponed',
  'more-information-requested',
];

/**
 * What `deadlinesOf` reads of a view: a team's own, or the one the instructor's console makes
 * for any country from the whole state (instructor/seat.ts).
 */
export type DeadlineView = Pick<CountryView, 'viewer' | 'requests'> & {
  briefing: Pick<CountryView['briefing'], 'directory'>;
  evidence: Record<string, Pick<KnownEvidence, 'status' | 'copy' | 'preservation' | 'expiresAt' | 'title'>>;
  objectives: Record<string, Pick<ObjectiveView, 'deadline' | 'metAt' | 'missedAt' | 'title'>>;
};

/** The deadlines a team is racing, from its own view. */
export function deadlinesOf(view: DeadlineView): Deadline[] {
  const found: Deadline[] = [];
  for (const [id, item] of Object.entries(view.evidence)) {
    if (item.status !== 'available' || item.copy !== null) continue;
    const until = item.preservation ? item.preservation.until : item.expiresAt;
    if (until !== null)
      found.push({
        key: `evidence:${id}`,
        at: until,
        what: t('ui.deadline.evidence', { title: item.title }),
        target: { tab: 'casefile' },
      });
  }
  for (const request of Object.values(view.requests)) {
    const mine = request.from === view.viewer;
    const about = requestAbout(view, request);
    const on = (form?: string): Target => ({
      tab: 'requests',
      request: request.id,
      ...(form ? { form } : {}),
    });
    if (mine && request.noLongerNeededDueAt !== null)
      found.push({
        key: `nln:${request.id}`,
        at: request.noLongerNeededDueAt,
        what: t('ui.deadline.no-longer-needed', { request: about }),
        target: on(`no-longer-needed-${request.id}`),
      });
    if (mine && request.confirmInWritingBy !== null)
      found.push({
        key: `written:${request.id}`,
        at: request.confirmInWritingBy,
        what: t('ui.deadline.written', { request: about }),
        target: on(`confirm-${request.id}`),
        move: `confirm:${request.id}`,
      });
    if (!mine) {
      request.progressQueries.forEach((query, index) => {
        if (query.answeredAt === null && !query.overdue)
          found.push({
            key: `progress:${request.id}:${index}`,
            at: query.dueAt,
            what: t('ui.deadline.progress', { request: about }),
            target: on(`progress-${request.id}`),
            move: `progress:${request.id}`,
          });
      });
      if (
        request.suggestedDeadline !== null &&
        ['received', 'more-information-requested', 'executing'].includes(request.status)
      )
        found.push({
          key: `suggested:${request.id}`,
          at: request.suggestedDeadline,
          what: t('ui.deadline.suggested', { request: about }),
          target: on(),
          move: `answer:${request.id}`,
        });
    }
  }
  for (const [id, objective] of Object.entries(view.objectives)) {
    if (objective.deadline !== null && objective.metAt === null && objective.missedAt === null)
      found.push({
        key: `objective:${id}`,
        at: objective.deadline,
        what: t('ui.deadline.objective', { title: objective.title }),
        target: { tab: 'briefing' },
      });
  }
  return found.sort((a, b) => a.at - b.at);
}

export function noticesBetween(before: CountryView | null, after: CountryView, now: number): Notice[] {
  const notices: Notice[] = [];
  if (before) {
    const me = after.viewer;
    for (const request of Object.values(after.requests)) {
      const earlier = before.requests[request.id];
      const about = requestAbout(after, request);
      const target: Target = { tab: 'requests', request: request.id };
      if (request.to === me && !earlier)
        notices.push({
          key: `arrival:${request.id}`,
          kind: 'arrival',
          urgent: true,
          text: t('ui.notice.arrival', { request: about }),
          target,
        });
      if (request.from !== me || !earlier) continue;
      if (earlier.status !== request.status && request.status === 'refused')
        notices.push({
          key: `refused:${request.id}`,
          kind: 'ruling',
          urgent: true,
          text: t('ui.notice.refused', { request: about, by: name(after, request.to) }),
          target,
        });
      if (earlier.status !== request.status && ANSWERS.includes(request.status))
        notices.push({
          key: `answer:${request.id}:${request.status}:${request.statusAt}`,
          kind: 'answer',
          urgent: false,
          text: t('ui.notice.answered', {
            request: about,
            by: name(after, request.to),
            status: statusText(request.status),
          }),
          target,
        });
      if (!earlier.conditions && request.conditions)
        notices.push({
          key: `conditions:${request.id}`,
          kind: 'conditions',
          urgent: true,
          text: t('ui.notice.conditions', { request: about, by: name(after, request.to) }),
          target: { ...target, form: `accept-conditions-${request.id}` },
        });
    }
    for (const consultation of Object.values(after.consultations)) {
      const seen = before.consultations[consultation.id]?.messages.length ?? 0;
      const last = consultation.messages.at(-1);
      if (!last || consultation.messages.length <= seen || last.from === me) continue;
      const form = `message-${consultation.id}`;
      notices.push({
        key: `consultation:${consultation.id}:${consultation.messages.length}`,
        kind: 'consultation',
        urgent: false,
        text: t('ui.notice.consultation', {
          country: name(after, last.from),
          consultation: consultationAbout(after, consultation),
        }),
        target:
          consultation.request && after.requests[consultation.request]
            ? { tab: 'requests', request: consultation.request, form }
            : { tab: 'jurisdiction', form },
      });
    }
    for (const agreement of Object.values(after.agreements)) {
      if (before.agreements[agreement.id] || agreement.proposedBy === me) continue;
      notices.push({
        key: `agreement:${agreement.id}`,
        kind: 'agreement',
        urgent: false,
        text: t('ui.notice.agreement', {
          country: name(after, agreement.proposedBy),
          kind: tDynamic(`agreement.${agreement.kind}`, {}, agreement.kind),
        }),
        target: { tab: 'jurisdiction', form: `accept-${agreement.id}` },
      });
    }
    for (const [id, item] of Object.entries(after.evidence)) {
      const earlier = before.evidence[id];
      // Losing the original of data already obtained is no loss to the team.
      if (item.status === 'lost' && earlier?.status !== 'lost' && item.copy === null)
        notices.push({
          key: `lost:${id}`,
          kind: 'lost',
          urgent: true,
          text: lostText(after, item, now),
          target: { tab: 'casefile' },
        });
      if (item.copy !== null && !earlier?.copy)
        notices.push({
          key: `evidence:${id}`,
          kind: 'evidence',
          urgent: false,
          text: t('ui.notice.evidence', { title: item.title }),
          target: { tab: 'casefile' },
        });
    }
    for (const [id, objective] of Object.entries(after.objectives)) {
      if (objective.metAt !== null && before.objectives[id]?.metAt === null)
        notices.push({
          key: `objective:${id}`,
          kind: 'objective',
          urgent: false,
          text: t('ui.notice.objective', { title: objective.title }),
          target: { tab: 'briefing' },
        });
    }
    for (const [id, violation] of Object.entries(after.violations)) {
      if (!before.violations[id])
        notices.push({
          key: `violation:${id}`,
          kind: 'ruling',
          urgent: true,
          text: t('ui.notice.violation', { message: violationMessage(violation, requestNamer(after)) }),
          target: { tab: 'log' },
        });
    }
    for (const [id, inject] of Object.entries(after.injects)) {
      if (!before.injects[id])
        notices.push({
          key: `inject:${id}`,
          kind: inject.kind === 'message' ? 'message' : 'inject',
          urgent: true,
          text:
            inject.kind === 'message'
              ? t('ui.notice.message', { text: inject.message })
              : t('ui.notice.inject', { title: inject.title }),
          target: { tab: 'briefing' },
        });
    }
  }
  for (const deadline of deadlinesOf(after)) {
    const left = deadline.at - now;
    if (left <= 0) continue;
    // The tightest threshold crossed: a deadline first seen 5 hours away is announced once, as such.
    const threshold = Math.min(...THRESHOLDS.filter((hours) => left <= hours));
    if (Number.isFinite(threshold))
      notices.push({
        key: `deadline:${deadline.key}:${threshold}`,
        kind: 'deadline',
        urgent: threshold < 24 * HOUR,
        text: t('ui.notice.deadline', { what: deadline.what, left: span(left) }),
        target: deadline.target,
      });
  }
  return notices;
}

const LOST_RULE = 'data.lost-after-retention';

/**
 * Why evidence the team did not hold is gone. Data deleted at the end of its retention period
 * with no preservation holding it says so, with the rule and its article, and what would have
 * kept it: at home a preservation order (Art. 25), abroad a preservation request to the State
 * holding it, then the request for the data (Art. 42). Anything else (a suspect wiping a
 * server) is told plainly.
 */
function lostText(view: CountryView, item: KnownEvidence, now: number): string {
  const retention = item.expiresAt !== null && item.expiresAt <= now;
  if (!retention || !isPreservable(item.kind) || item.country === null)
    return t('ui.notice.lost', { title: item.title });
  const params = {
    title: item.title,
    holder: item.holderName,
    country: name(view, item.country),
    // The rule by its title, never its id.
    rule: ruleText(LOST_RULE, 'title'),
    article: ruleCitation(LOST_RULE),
  };
  return item.country === view.viewer
    ? t('ui.notice.lost-retention-home', params)
    : t('ui.notice.lost-retention-abroad', params);
}

function name(view: CountryView, country: string): string {
  const found = view.briefing.directory[country];
  return found?.shortName ?? found?.name ?? country;
}

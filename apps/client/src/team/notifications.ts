import { type CountryView, isPreservable, type KnownEvidence } from '@crossborder/engine';
import { formatCitations, RULES } from '@crossborder/scenario';
import { kindName, t, violationMessage } from '../i18n.js';
import { span } from '../time.js';

/**
 * What a busy team must not miss, worked out by comparing its view before and after a change
 * (and the game time, for deadlines): a request arrived, a deadline is 24 or 6 hours away,
 * evidence was lost, a ruling went against the team, an inject happened. Each has a stable key,
 * so that it is announced once.
 */
type NoticeKind = 'arrival' | 'deadline' | 'lost' | 'ruling' | 'inject';

export interface Notice {
  key: string;
  kind: NoticeKind;
  text: string;
  /** Urgent notices are announced at once to screen readers (aria-live assertive). */
  urgent: boolean;
}

const HOUR = 60;
const THRESHOLDS = [24 * HOUR, 6 * HOUR] as const;

interface Deadline {
  key: string;
  at: number;
  what: string;
}

/** The deadlines a team is racing, from its own view. */
export function deadlinesOf(view: CountryView): Deadline[] {
  const found: Deadline[] = [];
  for (const [id, item] of Object.entries(view.evidence)) {
    if (item.status !== 'available' || item.copy !== null) continue;
    const until = item.preservation ? item.preservation.until : item.expiresAt;
    if (until !== null)
      found.push({
        key: `evidence:${id}`,
        at: until,
        what: t('ui.deadline.evidence', { title: item.title }),
      });
  }
  for (const request of Object.values(view.requests)) {
    const mine = request.from === view.viewer;
    if (mine && request.noLongerNeededDueAt !== null)
      found.push({
        key: `nln:${request.id}`,
        at: request.noLongerNeededDueAt,
        what: t('ui.deadline.no-longer-needed', { request: request.id }),
      });
    if (mine && request.confirmInWritingBy !== null)
      found.push({
        key: `written:${request.id}`,
        at: request.confirmInWritingBy,
        what: t('ui.deadline.written', { request: request.id }),
      });
    if (!mine) {
      request.progressQueries.forEach((query, index) => {
        if (query.answeredAt === null && !query.overdue)
          found.push({
            key: `progress:${request.id}:${index}`,
            at: query.dueAt,
            what: t('ui.deadline.progress', { request: request.id }),
          });
      });
      if (
        request.suggestedDeadline !== null &&
        ['received', 'more-information-requested', 'executing'].includes(request.status)
      )
        found.push({
          key: `suggested:${request.id}`,
          at: request.suggestedDeadline,
          what: t('ui.deadline.suggested', { request: request.id }),
        });
    }
  }
  for (const [id, objective] of Object.entries(view.objectives)) {
    if (objective.deadline !== null && objective.metAt === null && objective.missedAt === null)
      found.push({
        key: `objective:${id}`,
        at: objective.deadline,
        what: t('ui.deadline.objective', { title: objective.title }),
      });
  }
  return found.sort((a, b) => a.at - b.at);
}

export function noticesBetween(before: CountryView | null, after: CountryView, now: number): Notice[] {
  const notices: Notice[] = [];
  if (before) {
    for (const request of Object.values(after.requests)) {
      const earlier = before.requests[request.id];
      if (request.to === after.viewer && !earlier)
        notices.push({
          key: `arrival:${request.id}`,
          kind: 'arrival',
          urgent: true,
          text: t('ui.notice.arrival', {
            request: request.id,
            kind: kindName(request.kind),
            from: name(after, request.from),
          }),
        });
      if (
        request.from === after.viewer &&
        earlier &&
        earlier.status !== request.status &&
        request.status === 'refused'
      )
        notices.push({
          key: `refused:${request.id}`,
          kind: 'ruling',
          urgent: true,
          text: t('ui.notice.refused', { request: request.id, by: name(after, request.to) }),
        });
    }
    for (const [id, item] of Object.entries(after.evidence)) {
      // Losing the original of data already obtained is no loss to the team.
      if (item.status === 'lost' && before.evidence[id]?.status !== 'lost' && item.copy === null)
        notices.push({ key: `lost:${id}`, kind: 'lost', urgent: true, text: lostText(after, item, now) });
    }
    for (const [id, violation] of Object.entries(after.violations)) {
      if (!before.violations[id])
        notices.push({
          key: `violation:${id}`,
          kind: 'ruling',
          urgent: true,
          text: t('ui.notice.violation', { message: violationMessage(violation) }),
        });
    }
    for (const [id, inject] of Object.entries(after.injects)) {
      if (!before.injects[id])
        notices.push({
          key: `inject:${id}`,
          kind: 'inject',
          urgent: true,
          text: t('ui.notice.inject', { title: inject.title }),
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
    rule: LOST_RULE,
    article: formatCitations(RULES[LOST_RULE].citations),
  };
  return item.country === view.viewer
    ? t('ui.notice.lost-retention-home', params)
    : t('ui.notice.lost-retention-abroad', params);
}

function name(view: CountryView, country: string): string {
  const found = view.briefing.directory[country];
  return found?.shortName ?? found?.name ?? country;
}

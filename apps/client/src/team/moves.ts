import type { CountryView, Request } from '@crossborder/engine';
import { t, tDynamic } from '../i18n.js';
import { consultationAbout, requestAbout } from './about.js';
import { nameIn } from './context.js';
import { type DeadlineView, deadlinesOf } from './notifications.js';
import type { Target } from './target.js';

/**
 * Everything waiting for this team's decision, from its own view: requests to answer, conditions
 * offered to it, questions asked of it, progress queries, oral requests to confirm in writing,
 * consultations whose last word is another country's, agreements to sign, and whatever falls due
 * within the next game day. Each says what to do in words and where the form that does it is.
 */
type MoveKind =
  | 'answer'
  | 'conditions'
  | 'information'
  | 'progress'
  | 'confirm'
  | 'consultation'
  | 'agreement'
  | 'deadline';

export interface Move {
  /** Stable while the move waits (the list is keyed by it). */
  key: string;
  kind: MoveKind;
  text: string;
  /** When it falls due, if it does. */
  at: number | null;
  /** Since when it has waited for the team (the instructor's console says for how long); null for a deadline. */
  since: number | null;
  target: Target;
}

/** What `movesOf` reads of a view: a team's own, or the console's for any country (instructor/seat.ts). */
export type MovesView = DeadlineView &
  Pick<CountryView, 'consultations' | 'agreements'> & {
    briefing: Pick<CountryView['briefing'], 'coordinationBody'>;
  };

const DAY = 24 * 60;
/** Requests the requested State has not yet answered. */
const TO_ANSWER: readonly Request['status'][] = ['received'];
const CLOSED: readonly Request['status'][] = [
  'executed',
  'partially-executed',
  'refused',
  'withdrawn',
  'no-longer-needed',
];

export function movesOf(view: MovesView, now: number): Move[] {
  const me = view.viewer;
  const name = (id: string) => nameIn(view.briefing.directory, id);
  const moves: Move[] = [];
  const onRequest = (
    kind: MoveKind,
    request: Request,
    text: string,
    at: number | null,
    since: number,
    form?: string,
  ) =>
    moves.push({
      key: `${kind}:${request.id}`,
      kind,
      text,
      at,
      since,
      target: { tab: 'requests', request: request.id, ...(form ? { form } : {}) },
    });
  for (const request of Object.values(view.requests)) {
    const about = requestAbout(view, request);
    const other = name(request.from === me ? request.to : request.from);
    if (request.to === me) {
      if (TO_ANSWER.includes(request.status))
        onRequest(
          'answer',
          request,
          t('ui.move.answer', { request: about }),
          request.suggestedDeadline,
          request.receivedAt,
        );
      const query = request.progressQueries.find((asked) => asked.answeredAt === null);
      if (query)
        onRequest(
          'progress',
          request,
          t('ui.move.progress', { country: other, request: about }),
          query.dueAt,
          query.at,
          `progress-${request.id}`,
        );
    }
    if (request.from === me) {
      if (request.status === 'more-information-requested')
        onRequest(
          'information',
          request,
          t('ui.move.information', { country: other, request: about }),
          null,
          request.moreInformation.at(-1)?.askedAt ?? request.statusAt,
          `provide-${request.id}`,
        );
      if (request.conditions?.accepted === null && !CLOSED.includes(request.status))
        onRequest(
          'conditions',
          request,
          t('ui.move.conditions', { country: other, request: about }),
          null,
          request.conditions.offeredAt,
          `accept-conditions-${request.id}`,
        );
      if (request.confirmInWritingBy !== null)
        onRequest(
          'confirm',
          request,
          t('ui.move.confirm', { request: about }),
          request.confirmInWritingBy,
          request.sentAt,
          `confirm-${request.id}`,
        );
    }
  }
  for (const consultation of Object.values(view.consultations)) {
    const last = consultation.messages.at(-1);
    if (
      consultation.closedAt !== null ||
      !last ||
      last.from === me ||
      !consultation.participants.includes(me)
    )
      continue;
    const form = `message-${consultation.id}`;
    moves.push({
      key: `consultation:${consultation.id}`,
      kind: 'consultation',
      text: t('ui.move.consultation', {
        country: name(last.from),
        consultation: consultationAbout(view, consultation),
      }),
      at: null,
      since: last.at,
      // A consultation about a request is answered from the request's panel, beside it.
      target:
        consultation.request && view.requests[consultation.request]
          ? { tab: 'requests', request: consultation.request, form }
          : { tab: 'jurisdiction', form },
    });
  }
  for (const agreement of Object.values(view.agreements)) {
    if (
      agreement.concludedAt !== null ||
      agreement.rejectedBy.length > 0 ||
      !agreement.parties.includes(me) ||
      agreement.acceptedBy.includes(me)
    )
      continue;
    moves.push({
      key: `agreement:${agreement.id}`,
      kind: 'agreement',
      text: t('ui.move.agreement', {
        kind: tDynamic(`agreement.${agreement.kind}`, {}, agreement.kind),
        country: name(agreement.proposedBy),
      }),
      at: null,
      since: agreement.proposedAt,
      target: { tab: 'jurisdiction', form: `accept-${agreement.id}` },
    });
  }
  const waiting = new Set(moves.map((move) => move.key));
  for (const deadline of deadlinesOf(view)) {
    if (deadline.at <= now || deadline.at - now > DAY) continue;
    // A deadline that is a waiting move's own (the progress query to answer) is said with it.
    if (deadline.move && waiting.has(deadline.move)) continue;
    moves.push({
      key: `deadline:${deadline.key}`,
      kind: 'deadline',
      text: t('ui.move.deadline', { what: deadline.what }),
      at: deadline.at,
      since: null,
      target: deadline.target,
    });
  }
  // Soonest first; what has no deadline after, in the order found.
  return moves
    .map((move, index) => ({ move, index }))
    .sort((a, b) => (a.move.at ?? Infinity) - (b.move.at ?? Infinity) || a.index - b.index)
    .map(({ move }) => move);
}

import type { CountryView, Request } from '@crossborder/engine';
import { REQUEST_KINDS } from '@crossborder/scenario';
import { kindName, t, tDynamic } from '../i18n.js';
import { dayAndTime, span } from '../time.js';
import { h } from '../ui/dom.js';
import { countryName, type TeamContext } from './context.js';
import { requestActions } from './request-actions.js';

/**
 * Inbox and outbox: every request with its kind, the other country, its status and the next
 * deadline; choosing one shows it in full with everything the team may do about it.
 */
export function requestsPanel(context: TeamContext): HTMLElement {
  const { view } = context;
  const all = Object.values(view.requests).sort((a, b) => b.sentAt - a.sentAt || b.id.localeCompare(a.id));
  const inbox = all.filter((request) => request.to === view.viewer);
  const outbox = all.filter((request) => request.from === view.viewer);
  const selected = context.selectedRequest ? view.requests[context.selectedRequest] : undefined;
  return h(
    'section',
    { class: 'panel-body requests' },
    h('h2', {}, t('ui.requests.title')),
    h('h3', {}, t('ui.requests.inbox', { count: inbox.length })),
    requestTable(context, inbox, 'from'),
    h('h3', {}, t('ui.requests.outbox', { count: outbox.length })),
    requestTable(context, outbox, 'to'),
    selected ? requestDetail(context, selected) : h('p', { class: 'hint' }, t('ui.requests.choose')),
  );
}

export function statusText(status: Request['status']): string {
  return tDynamic(`ui.status.${status}`, {}, status);
}

/** The next thing that falls due on a request, as the team should see it. */
function nextDeadline(view: CountryView, request: Request, now: number): string {
  const candidates: { at: number; what: string }[] = [];
  if (request.dueAt !== null) candidates.push({ at: request.dueAt, what: t('ui.deadline.due') });
  if (request.suggestedDeadline !== null)
    candidates.push({ at: request.suggestedDeadline, what: t('ui.deadline.asked-by') });
  if (request.noLongerNeededDueAt !== null && request.from === view.viewer)
    candidates.push({ at: request.noLongerNeededDueAt, what: t('ui.deadline.say-no-longer-needed') });
  if (request.confirmInWritingBy !== null)
    candidates.push({ at: request.confirmInWritingBy, what: t('ui.deadline.confirm-in-writing') });
  for (const query of request.progressQueries)
    if (query.answeredAt === null && !query.overdue)
      candidates.push({ at: query.dueAt, what: t('ui.deadline.answer-progress') });
  const next = candidates.filter((candidate) => candidate.at >= now).sort((a, b) => a.at - b.at)[0];
  return next ? `${next.what}: ${span(next.at - now)}` : '';
}

function requestTable(context: TeamContext, requests: Request[], other: 'from' | 'to'): HTMLElement {
  const { view, now } = context;
  if (requests.length === 0) return h('p', { class: 'hint' }, t('ui.requests.none'));
  return h(
    'table',
    { class: 'request-list' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('ui.requests.column.id')),
        h('th', { scope: 'col' }, t('ui.requests.column.kind')),
        h(
          'th',
          { scope: 'col' },
          other === 'from' ? t('ui.requests.column.from') : t('ui.requests.column.to'),
        ),
        h('th', { scope: 'col' }, t('ui.requests.column.status')),
        h('th', { scope: 'col' }, t('ui.requests.column.next')),
      ),
    ),
    h(
      'tbody',
      {},
      requests.map((request) =>
        h(
          'tr',
          { 'data-request': request.id, class: context.selectedRequest === request.id ? 'selected' : null },
          h(
            'th',
            { scope: 'row' },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'aria-pressed': String(context.selectedRequest === request.id),
                onclick: () => context.open('requests', request.id),
              },
              request.id,
            ),
          ),
          h('td', {}, kindName(request.kind)),
          h('td', {}, countryName(view, request[other])),
          h('td', { 'data-status': request.status }, statusText(request.status)),
          h('td', {}, nextDeadline(view, request, now)),
        ),
      ),
    ),
  );
}

function contentLabel(request: Request, id: string): string {
  const item = REQUEST_KINDS[request.kind].contents.find((known) => known.id === id);
  return tDynamic(`contents.${id}`, {}, item?.label ?? id);
}

function requestDetail(context: TeamContext, request: Request): HTMLElement {
  const { view } = context;
  const when = (minutes: number) => {
    const { day, time } = dayAndTime(minutes);
    return t('ui.time.day-time', { day, time });
  };
  const evidence = request.subject.evidence.map((id) => view.evidence[id]?.title ?? id);
  return h(
    'article',
    { class: 'request-detail', 'aria-labelledby': 'request-detail-title', 'data-request-detail': request.id },
    h(
      'h3',
      { id: 'request-detail-title' },
      t('ui.request.heading', { id: request.id, kind: kindName(request.kind) }),
    ),
    h(
      'dl',
      {},
      h('dt', {}, t('ui.request.route')),
      h(
        'dd',
        {},
        t('ui.request.route-line', {
          from: countryName(view, request.from),
          to: countryName(view, request.to),
          channel: tDynamic(`channel.${request.channel}`, {}, request.channel),
          language: request.language,
        }),
      ),
      h('dt', {}, t('ui.request.status')),
      h('dd', { 'data-status': request.status }, `${statusText(request.status)} (${when(request.statusAt)})`),
      h('dt', {}, t('ui.request.sent')),
      h('dd', {}, when(request.sentAt)),
      h('dt', {}, t('ui.request.offence')),
      h('dd', {}, request.offence),
      evidence.length > 0 ? h('dt', {}, t('ui.request.evidence')) : null,
      evidence.length > 0 ? h('dd', {}, evidence.join('; ')) : null,
      request.subject.suspect ? h('dt', {}, t('ui.request.suspect')) : null,
      request.subject.suspect
        ? h('dd', {}, view.suspects[request.subject.suspect]?.alias ?? request.subject.suspect)
        : null,
      request.urgent || request.emergency || request.confidential ? h('dt', {}, t('ui.request.flags')) : null,
      request.urgent || request.emergency || request.confidential
        ? h(
            'dd',
            {},
            [
              request.urgent ? t('ui.request.urgent') : '',
              request.emergency ? t('ui.request.emergency') : '',
              request.confidential ? t('ui.request.confidential') : '',
            ]
              .filter(Boolean)
              .join(', '),
          )
        : null,
    ),
    h('h4', {}, t('ui.request.contents')),
    h(
      'dl',
      { class: 'contents' },
      Object.entries(request.contents).flatMap(([id, value]) => [
        h('dt', {}, contentLabel(request, id)),
        h('dd', {}, value),
      ]),
    ),
    request.missing.length > 0
      ? h('p', { class: 'warning' }, `⚠ ${t('ui.request.missing', { items: request.missing.join(', ') })}`)
      : null,
    request.refusal
      ? h(
          'p',
          { class: 'refusal' },
          `✖ ${t('ui.request.refused', { ground: tDynamic(`ground.${request.refusal.ground}`, {}, request.refusal.ground), reasons: request.refusal.reasons })}`,
        )
      : null,
    request.postponement
      ? h(
          'p',
          {},
          t('ui.request.postponed', {
            until: when(request.postponement.until),
            reasons: request.postponement.reasons,
          }),
        )
      : null,
    request.conditions
      ? h(
          'p',
          {},
          t('ui.request.conditions', {
            conditions: request.conditions.offered.join('; '),
            answer:
              request.conditions.accepted === null
                ? t('ui.request.unanswered')
                : request.conditions.accepted
                  ? t('ui.request.accepted')
                  : t('ui.request.declined'),
          }),
        )
      : null,
    ...request.moreInformation.map((asked) =>
      h('p', {}, t('ui.request.more-information', { questions: asked.questions, when: when(asked.askedAt) })),
    ),
    ...request.warnings.map((warning) => h('p', { class: 'warning' }, `⚠ ${warning.text}`)),
    ...request.confidentialityNotices.map((notice) => h('p', { class: 'warning' }, `⚠ ${notice.text}`)),
    request.outcome
      ? h(
          'p',
          { class: 'outcome' },
          `✔ ${t('ui.request.outcome')}`,
          ...request.outcome.notes.map((note) => h('span', {}, ` ${tDynamic(note.key, note.params)}`)),
        )
      : null,
    requestActions(context, request),
  );
}

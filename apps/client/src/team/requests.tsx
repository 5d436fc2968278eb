import type { CountryView, Request } from '@crossborder/engine';
import { contentKey, REQUEST_KINDS } from '@crossborder/scenario';
import { computed, type ReadonlySignal, useComputed } from '@preact/signals';
import { Fragment } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { kindName, namedParams, t, tDynamic } from '../i18n.js';
import { languageLabel } from '../language-names.js';
import { colon, paren } from '../punctuation.js';
import { dayTime } from '../time.js';
import { AnswerSlot } from '../ui/forms.js';
import { requestAbout, requestNamer } from './about.js';
import { nameIn, type Team } from './context.js';
import { Countdown } from './countdown.js';
import { RequestActions, requestResultKey } from './request-actions.js';
import { RequestConsultations } from './request-consult.js';
import { UnreadMark } from './unread-mark.js';

type Directory = CountryView['briefing']['directory'];

/**
 * Inbox and outbox: every request with its kind, the other country, its status and the next
 * deadline (counting down as the game time moves); choosing one shows it in full with everything
 * the team may do about it, and takes the keyboard there. Rows are keyed by request: an update
 * changes the rows it changed.
 */
export function RequestsPanel({ team }: { team: Team }) {
  const requests = useComputed(() => team.view.value.requests);
  const viewer = useComputed(() => team.view.value.viewer);
  const directory = useComputed(() => team.view.value.briefing.directory);
  // Set when the team chooses a request, so that the keyboard follows it to the request.
  const chosen = useRef(false);
  const all = Object.values(requests.value).sort((a, b) => b.sentAt - a.sentAt || b.id.localeCompare(a.id));
  const inbox = all.filter((request) => request.to === viewer.value);
  const outbox = all.filter((request) => request.from === viewer.value);
  const choose = (id: string) => {
    // A request chosen anew takes the keyboard with it; the one already shown stays as it is.
    chosen.current = team.selected.peek() !== id;
    team.selected.value = id;
  };
  const table = (shown: Request[], other: 'from' | 'to') => (
    <RequestTable
      requests={shown}
      other={other}
      viewer={viewer.value}
      directory={directory.value}
      team={team}
      choose={choose}
    />
  );
  return (
    <section class="panel-body requests">
      <h2>{t('ui.requests.title')}</h2>
      <h3>{t('ui.requests.inbox', { count: inbox.length })}</h3>
      {table(inbox, 'from')}
      <h3>{t('ui.requests.outbox', { count: outbox.length })}</h3>
      {table(outbox, 'to')}
      <Selected team={team} chosen={chosen} />
    </section>
  );
}

export function statusText(status: Request['status']): string {
  return tDynamic(`ui.status.${status}`, {}, status);
}

interface Deadline {
  at: number;
  what: string;
}

/** What falls due on a request, soonest first, as the team should see it. */
function deadlinesOf(request: Request, viewer: string): Deadline[] {
  const candidates: Deadline[] = [];
  if (request.dueAt !== null) candidates.push({ at: request.dueAt, what: t('ui.deadline.due') });
  if (request.suggestedDeadline !== null)
    candidates.push({ at: request.suggestedDeadline, what: t('ui.deadline.asked-by') });
  if (request.noLongerNeededDueAt !== null && request.from === viewer)
    candidates.push({ at: request.noLongerNeededDueAt, what: t('ui.deadline.say-no-longer-needed') });
  if (request.confirmInWritingBy !== null)
    candidates.push({ at: request.confirmInWritingBy, what: t('ui.deadline.confirm-in-writing') });
  for (const query of request.progressQueries)
    if (query.answeredAt === null && !query.overdue)
      candidates.push({ at: query.dueAt, what: t('ui.deadline.answer-progress') });
  return candidates.sort((a, b) => a.at - b.at);
}

interface TableProps {
  requests: Request[];
  other: 'from' | 'to';
  viewer: string;
  directory: Directory;
  team: Team;
  choose: (id: string) => void;
}

function RequestTable({ requests, other, viewer, directory, team, choose }: TableProps) {
  if (requests.length === 0) return <p class="hint">{t('ui.requests.none')}</p>;
  return (
    <table class="request-list">
      <thead>
        <tr>
          <th scope="col">{t('ui.requests.column.id')}</th>
          <th scope="col">{t('ui.requests.column.sent')}</th>
          <th scope="col">{other === 'from' ? t('ui.requests.column.from') : t('ui.requests.column.to')}</th>
          <th scope="col">{t('ui.requests.column.status')}</th>
          <th scope="col">{t('ui.requests.column.next')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => (
          <RequestRow
            key={request.id}
            request={request}
            counterpart={nameIn(directory, request[other])}
            viewer={viewer}
            team={team}
            choose={choose}
          />
        ))}
      </tbody>
    </table>
  );
}

function RequestRow({
  request,
  counterpart,
  viewer,
  team,
  choose,
}: {
  request: Request;
  counterpart: string;
  viewer: string;
  team: Team;
  choose: (id: string) => void;
}) {
  const selected = team.selected.value === request.id;
  return (
    <tr data-request={request.id} class={selected ? 'selected' : undefined}>
      <th scope="row">
        <button type="button" class="link" aria-pressed={selected} onClick={() => choose(request.id)}>
          {kindName(request.kind)}
        </button>
        <UnreadMark itemKey={`request:${request.id}`} />
      </th>
      <td>{dayTime(request.sentAt)}</td>
      <td>{counterpart}</td>
      <td data-status={request.status}>{statusText(request.status)}</td>
      <td>
        <NextDeadline request={request} viewer={viewer} minutes={team.minutes} />
      </td>
    </tr>
  );
}

/**
 * The next thing that falls due: which one it is follows the game time (drawn again when one
 * passes), and the time left is a countdown of its own.
 */
function NextDeadline({
  request,
  viewer,
  minutes,
}: {
  request: Request;
  viewer: string;
  minutes: ReadonlySignal<number>;
}) {
  const deadlines = useMemo(() => deadlinesOf(request, viewer), [request, viewer]);
  const next = useMemo(
    () => computed(() => deadlines.findIndex((deadline) => deadline.at >= minutes.value)),
    [deadlines, minutes],
  );
  const found = deadlines[next.value];
  if (!found) return null;
  return <Countdown minutes={minutes} at={found.at} phrase={(left) => colon(found.what, left)} />;
}

function Selected({ team, chosen }: { team: Team; chosen: { current: boolean } }) {
  const request = useComputed(() => {
    const id = team.selected.value;
    return id === null ? undefined : team.view.value.requests[id];
  });
  const shown = request.value;
  if (!shown) return <p class="hint">{t('ui.requests.choose')}</p>;
  return <RequestDetail key={shown.id} team={team} request={shown} chosen={chosen} />;
}

function contentLabel(request: Request, id: string): string {
  const item = REQUEST_KINDS[request.kind].contents.find((known) => known.id === id);
  return tDynamic(contentKey(item ?? { id }));
}

/**
 * A request in full: its route, status, contents and what happened to it, then what the team may
 * do; then the consultations about it, with the form to consult the other State.
 */
function RequestDetail({
  team,
  request,
  chosen,
}: {
  team: Team;
  request: Request;
  chosen: { current: boolean };
}) {
  const evidence = useComputed(() => team.view.value.evidence);
  const suspects = useComputed(() => team.view.value.suspects);
  const offences = useComputed(() => team.view.value.briefing.offences);
  const directory = useComputed(() => team.view.value.briefing.directory);
  const viewer = useComputed(() => team.view.value.viewer);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // Chosen by the team: the keyboard goes to the request it chose.
    if (!chosen.current) return;
    chosen.current = false;
    heading.current?.focus();
  }, [chosen]);
  const name = (id: string) => nameIn(directory.value, id);
  // Items the team does not know yet are said as such (the contents describe them), never by id.
  const known = request.subject.evidence.flatMap((id) => evidence.value[id]?.title ?? []);
  const unknown = request.subject.evidence.length - known.length;
  const asked = unknown > 0 ? [...known, t('ui.request.evidence-unknown', { count: unknown })] : known;
  const flags = [
    request.urgent ? t('ui.request.urgent') : '',
    request.emergency ? t('ui.request.emergency') : '',
    request.confidential ? t('ui.request.confidential') : '',
  ].filter(Boolean);
  const headingId = `request-detail-title-${request.id}`;
  return (
    <>
      <article class="request-detail" aria-labelledby={headingId} data-request-detail={request.id}>
        <h3 id={headingId} tabIndex={-1} ref={heading}>
          {t('ui.request.heading', {
            about: requestAbout({ briefing: { directory: directory.value }, viewer: viewer.value }, request),
          })}
        </h3>
        <dl>
          <dt>{t('ui.request.route')}</dt>
          <dd>
            {t('ui.request.route-line', {
              from: name(request.from),
              to: name(request.to),
              channel: tDynamic(`channel.${request.channel}`, {}, request.channel),
              language: languageLabel(request.language),
            })}
          </dd>
          <dt>{t('ui.request.status')}</dt>
          <dd data-status={request.status}>{paren(statusText(request.status), dayTime(request.statusAt))}</dd>
          <dt>{t('ui.request.sent')}</dt>
          <dd>{dayTime(request.sentAt)}</dd>
          <dt>{t('ui.request.offence')}</dt>
          <dd>{offences.value[request.offence]?.description ?? request.offence}</dd>
          {asked.length > 0 ? <dt>{t('ui.request.evidence')}</dt> : null}
          {asked.length > 0 ? <dd>{asked.join('; ')}</dd> : null}
          {request.subject.suspect ? <dt>{t('ui.request.suspect')}</dt> : null}
          {request.subject.suspect ? (
            <dd>{suspects.value[request.subject.suspect]?.alias ?? request.subject.suspect}</dd>
          ) : null}
          {flags.length > 0 ? <dt>{t('ui.request.flags')}</dt> : null}
          {flags.length > 0 ? <dd>{flags.join(', ')}</dd> : null}
        </dl>
        <h4>{t('ui.request.contents')}</h4>
        <dl class="contents">
          {Object.entries(request.contents).map(([id, value]) => (
            <Fragment key={id}>
              <dt>{contentLabel(request, id)}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
        {request.missing.length > 0 ? (
          <p class="warning">{`⚠ ${t('ui.request.missing', { items: request.missing.join(', ') })}`}</p>
        ) : null}
        {request.refusal ? (
          <p class="refusal">
            {`✖ ${t('ui.request.refused', {
              ground: tDynamic(`ground.${request.refusal.ground}`, {}, request.refusal.ground),
              reasons: request.refusal.reasons,
            })}`}
          </p>
        ) : null}
        {request.postponement ? (
          <p>
            {t('ui.request.postponed', {
              until: dayTime(request.postponement.until),
              reasons: request.postponement.reasons,
            })}
          </p>
        ) : null}
        {request.conditions ? (
          <p>
            {t('ui.request.conditions', {
              conditions: request.conditions.offered.join('; '),
              answer:
                request.conditions.accepted === null
                  ? t('ui.request.unanswered')
                  : request.conditions.accepted
                    ? t('ui.request.accepted')
                    : t('ui.request.declined'),
            })}
          </p>
        ) : null}
        {/* A request's questions, warnings and notices are only ever added to: each one's place is its identity. */}
        {request.moreInformation.map((asked, index) => (
          <p key={`asked-${index}`}>
            {t('ui.request.more-information', { questions: asked.questions, when: dayTime(asked.askedAt) })}
          </p>
        ))}
        {request.warnings.map((warning, index) => (
          <p key={`warning-${index}`} class="warning">{`⚠ ${warning.text}`}</p>
        ))}
        {request.confidentialityNotices.map((notice, index) => (
          <p key={`notice-${index}`} class="warning">{`⚠ ${notice.text}`}</p>
        ))}
        {request.outcome ? (
          <p class="outcome">
            {`✔ ${t('ui.request.outcome')}`}
            {request.outcome.notes.map((note, index) => (
              <span
                key={`note-${index}`}
              >{` ${tDynamic(note.key, namedParams(note.params, requestNamer(team.view.value)))}`}</span>
            ))}
          </p>
        ) : null}
        <AnswerSlot forms={team.forms} at={requestResultKey(request.id)} request={request.id} />
        <RequestActions team={team} request={request} />
      </article>
      {/* Beside the request, not in it: the consultations about it have their own heading and forms. */}
      <RequestConsultations team={team} request={request} />
    </>
  );
}

import { type CountryView, type Event, heldUntil, type Request, type Source } from '@crossborder/engine';
import type { Catalogue } from '@crossborder/i18n';
import { contentKey, REQUEST_KINDS, type Scenario, translateScenario } from '@crossborder/scenario';
import { escapeHtml } from './escape.js';
import { page, table, typed } from './page.js';
import { comma, paren } from './pairs.js';
import { sayHtml } from './rich-html.js';
import { countryViewAtEnd } from './team-report.js';
import { topicName } from './topic.js';
import { type Words, wordsFor } from './words.js';

/**
 * A team's case file, the record it brings to a moot hearing: its domestic cases and jurisdiction
 * claims with their reasoning, the requests it sent and received with every answer (more
 * information asked, conditions, refusals and postponements with their reasons, execution and
 * its outcome), its measures with their safeguards, its prosecutions, consultations and
 * agreements, and the chain of its evidence (how it learned of each item, preserved it and
 * obtained it). Built from its country's view only (the same view its screen showed): one
 * self-contained HTML page, like the report, that prints well. Everything the team typed is escaped.
 */
export interface CaseFileInput {
  scenario: Scenario;
  events: readonly Event[];
  country: string;
  session: { code: string; createdAt?: number };
  team?: string | null;
  catalogue?: Catalogue;
  /** The tag of `catalogue`'s language (plurals, lists, the page's direction). */
  locale?: string;
}

export function renderCaseFile(input: CaseFileInput): string {
  const { country } = input;
  const scenario = translateScenario(input.scenario, input.locale ?? 'en');
  const words = wordsFor(scenario, input.catalogue, undefined, input.locale);
  const view = countryViewAtEnd(scenario, input.events, country);
  const { t } = words;
  const when = (minutes: number | null) => escapeHtml(words.when(minutes));
  const offence = (id: string | null) =>
    id === null ? '—' : escapeHtml(view.briefing.offences[id]?.description ?? id);
  const evidenceTitle = (id: string) => view.evidence[id]?.title ?? t('exports.unknown-item');
  const ctx = { words, view, when, evidenceTitle };

  const cases = Object.values(view.cases).map((found) => [
    escapeHtml(found.title),
    found.offences.map(offence).join('<br>'),
    when(found.openedAt),
    found.transferredTo ? t('ui.case.transferred', { to: words.country(found.transferredTo) }) : '—',
  ]);

  const claims = Object.values(view.claims)
    .filter((claim) => claim.country === country)
    .map((claim) => [
      offence(claim.offence),
      claim.bases.map((basis) => t(`basis.${basis}`)).join('<br>'),
      when(claim.at) +
        (claim.withdrawnAt !== null
          ? ` (${t('exports.withdrawn', { when: words.when(claim.withdrawnAt) })})`
          : ''),
      reasoning(claim.reasoning, words),
    ]);

  const measures = Object.values(view.measures).map((measure) => [
    t(`measure.${measure.kind}`),
    escapeHtml(targetOf(measure.target, view, words)),
    (['authorisedBy', 'grounds', 'scope', 'duration'] as const)
      .map(
        (field) =>
          `${t(`safeguard.${field}`)}: ${measure.safeguards[field] ? typed(measure.safeguards[field]) : '—'}`,
      )
      .join('<br>'),
    orderedAt(measure, words),
    measure.outcome ? t(`measure-outcome.${measure.outcome}`) : '—',
  ]);

  const requests = Object.values(view.requests).sort((a, b) => a.sentAt - b.sentAt);
  const sent = requests
    .filter((request) => request.from === country)
    .map((request) => requestHtml(request, ctx));
  const received = requests
    .filter((request) => request.to === country)
    .map((request) => requestHtml(request, ctx));

  const chain = Object.values(view.evidence).map((item) => [
    escapeHtml(item.title),
    escapeHtml(
      item.country ? comma(words.say, item.holderName, words.country(item.country)) : item.holderName,
    ),
    escapeHtml(comma(words.say, sourceText(item.source, words, view, evidenceTitle), words.when(item.at))),
    item.preservation ? when(item.preservation.since) : '—',
    item.copy
      ? `✔ ${escapeHtml(comma(words.say, words.when(item.copy.at), copyVia(item.copy.via, words, view)))}${item.copy.conditions.length > 0 ? `<br>${t('exports.conditions', { conditions: item.copy.conditions.join('; ') })}` : ''}${item.copy.tainted ? `<br>⚠ ${t('exports.tainted')}` : ''}`
      : '—',
    item.status === 'lost' ? `✖ ${t('ui.evidence.lost')}` : t('ui.evidence.available'),
  ]);

  const prosecutions = Object.values(view.prosecutions)
    .filter((prosecution) => prosecution.country === country)
    .map((prosecution) => [
      escapeHtml(
        view.suspects[prosecution.suspect]?.name ?? view.suspects[prosecution.suspect]?.alias ?? '—',
      ),
      when(prosecution.at),
      prosecution.evidence.map((id) => escapeHtml(evidenceTitle(id))).join('<br>') || '—',
      reasoning(prosecution.reasoning, words),
    ]);

  const consultations = Object.values(view.consultations).map((consultation) => {
    const messages = consultation.messages
      .map(
        (message) =>
          `<li>${sayHtml(words.say, 'ui.pair.colon', { label: comma(words.say, words.when(message.at), words.country(message.from)) }, { value: typed(message.text) })}</li>`,
      )
      .join('');
    const topic = escapeHtml(topicName(view.briefing.coordinationBody, consultation.topic, words.say));
    const head = sayHtml(
      words.say,
      'report.consultation-line',
      {
        participants: words.list(consultation.participants.map(words.country)),
        when: words.when(consultation.openedAt),
      },
      { topic: `<strong>${topic}</strong>` },
    );
    return `<li><p>${head}</p>${messages ? `<ol>${messages}</ol>` : ''}</li>`;
  });

  const agreements = Object.values(view.agreements).map((agreement) => [
    agreement.kind === 'action-day' && agreement.terms.actionAt !== undefined
      ? t('exports.action-day-at', { when: words.when(agreement.terms.actionAt) })
      : t(`agreement.${agreement.kind}`),
    escapeHtml(words.list(agreement.parties.map(words.country))),
    agreement.concludedAt !== null ? `✔ ${when(agreement.concludedAt)}` : t('exports.not-concluded'),
    typed(agreement.terms.text),
  ]);

  const facts = Object.values(view.facts)
    .sort((a, b) => a.at - b.at)
    .map((fact) => [
      typed(fact.text),
      `${escapeHtml(sourceText(fact.source, words, view, evidenceTitle))}, ${when(fact.at)}`,
    ]);

  const none = t('exports.none');
  const body = `<header>
<h1>${t('exports.casefile-heading', { country: words.country(country) })}</h1>
<p class="for">${escapeHtml(scenario.title)}${input.team ? ` — <span class="team">${escapeHtml(input.team)}</span>` : ''}</p>
<p>${t('report.session', { code: input.session.code })} — ${t('exports.as-of', { when: words.when(endOf(input.events)) })}</p>
</header>
<main>
<section><h2>${t('ui.casefile.cases')}</h2>
${table([t('exports.case'), t('ui.request.offence'), t('exports.opened'), t('exports.proceedings')], cases, none)}</section>
<section><h2>${t('exports.claims')}</h2>
${table([t('ui.request.offence'), t('exports.bases'), t('exports.claimed'), t('exports.reasoning')], claims, none)}</section>
<section><h2>${t('exports.requests-sent')}</h2>
${sent.length > 0 ? sent.join('') : `<p>${none}</p>`}</section>
<section><h2>${t('exports.requests-received')}</h2>
${received.length > 0 ? received.join('') : `<p>${none}</p>`}</section>
<section><h2>${t('exports.evidence-chain')}</h2>
${table([t('report.item'), t('ui.casefile.column.where'), t('ui.casefile.column.source'), t('exports.your-preservation'), t('ui.evidence.obtained'), t('ui.casefile.column.status')], chain, none)}</section>
<section><h2>${t('ui.casefile.measures')}</h2>
${table([t('exports.measure'), t('exports.target'), t('ui.measure-check.title'), t('exports.taken'), t('report.outcome')], measures, none)}</section>
<section><h2>${t('exports.prosecutions')}</h2>
${table([t('ui.request.suspect'), t('exports.opened'), t('report.evidence'), t('exports.reasoning')], prosecutions, none)}</section>
<section><h2>${t('exports.consultations')}</h2>
${consultations.length > 0 ? `<ol class="consultations">${consultations.join('')}</ol>` : `<p>${none}</p>`}</section>
<section><h2>${t('exports.agreements')}</h2>
${table([t('exports.agreement'), t('exports.parties'), t('report.outcome'), t('exports.terms')], agreements, none)}</section>
<section><h2>${t('ui.casefile.facts')}</h2>
${table([t('exports.fact'), t('ui.casefile.column.source')], facts, none)}</section>
</main>
<footer><p>${t('exports.casefile-footer')}</p></footer>`;
  return page(
    t('exports.casefile-title', { country: words.country(country), code: input.session.code }),
    body,
    CASEFILE_STYLE,
    input.locale,
  );
}

interface Context {
  words: Words;
  view: CountryView;
  when: (minutes: number | null) => string;
  evidenceTitle: (id: string) => string;
}

/** One request as the record of a hearing tells it: what was asked, why, and every answer. */
function requestHtml(request: Request, { words, view, when, evidenceTitle }: Context): string {
  const { t } = words;
  const line = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const rows: string[] = [
    line(
      t('ui.request.route'),
      t('ui.request.route-line', {
        from: words.country(request.from),
        to: words.country(request.to),
        channel: words.say(`channel.${request.channel}`),
        language: words.language(request.language),
      }),
    ),
    line(t('ui.request.sent'), when(request.sentAt)),
    line(t('ui.request.status'), `${t(`ui.status.${request.status}`)}, ${when(request.statusAt)}`),
    line(t('ui.request.offence'), escapeHtml(view.briefing.offences[request.offence]?.description ?? '—')),
  ];
  if (request.subject.evidence.length > 0)
    rows.push(
      line(
        t('ui.request.evidence'),
        request.subject.evidence.map((id) => escapeHtml(evidenceTitle(id))).join('<br>'),
      ),
    );
  if (request.subject.suspect !== null)
    rows.push(
      line(t('ui.request.suspect'), escapeHtml(view.suspects[request.subject.suspect]?.alias ?? '—')),
    );
  const flags = (['urgent', 'emergency', 'confidential'] as const).filter((flag) => request[flag]);
  if (flags.length > 0)
    rows.push(line(t('ui.request.flags'), words.list(flags.map((flag) => t(`ui.request.${flag}`)))));
  const items = REQUEST_KINDS[request.kind]?.contents ?? [];
  const contents = items
    .filter((item) => request.contents[item.id])
    .map(
      (item) =>
        `<dt>${escapeHtml(words.say(contentKey(item)))}</dt><dd>${typed(request.contents[item.id] ?? '')}</dd>`,
    )
    .join('');
  if (contents) rows.push(line(t('ui.request.contents'), `<dl>${contents}</dl>`));
  if (request.missing.length > 0) {
    const missing = request.missing.map((id) =>
      words.say(contentKey(items.find((item) => item.id === id) ?? { id })),
    );
    rows.push(line(t('exports.missing'), escapeHtml(missing.join('; '))));
  }
  if (request.reasoning) rows.push(line(t('exports.reasoning'), reasoning(request.reasoning, words)));
  for (const asked of request.moreInformation)
    rows.push(
      line(
        t('exports.more-information', { when: words.when(asked.askedAt) }),
        `${typed(asked.questions)}${asked.answeredAt !== null ? `<br>${t('exports.answered', { when: words.when(asked.answeredAt) })}` : ''}`,
      ),
    );
  if (request.conditions)
    rows.push(
      line(
        t('exports.conditions-offered', { when: words.when(request.conditions.offeredAt) }),
        `${escapeHtml(request.conditions.offered.join('; '))} — ${t(request.conditions.accepted === null ? 'ui.request.unanswered' : request.conditions.accepted ? 'ui.request.accepted' : 'ui.request.declined')}`,
      ),
    );
  if (request.postponement)
    rows.push(
      line(
        t('exports.postponed', { until: words.when(request.postponement.until) }),
        reasoning(request.postponement.reasons, words),
      ),
    );
  if (request.refusal)
    rows.push(
      line(
        t('exports.refused', {
          ground: words.sayOr(`ground.${request.refusal.ground}`, request.refusal.ground),
        }),
        reasoning(request.refusal.reasons, words),
      ),
    );
  if (request.executionAuthorisedBy)
    rows.push(line(t('exports.authorised-by'), typed(request.executionAuthorisedBy)));
  if (request.executionReasoning)
    rows.push(line(t('exports.execution-reasoning'), reasoning(request.executionReasoning, words)));
  for (const warning of request.warnings)
    rows.push(line(t('exports.warning', { when: words.when(warning.at) }), typed(warning.text)));
  if (request.outcome) {
    const outcome = request.outcome;
    const parts = [
      outcome.obtained.length > 0
        ? t('exports.outcome-obtained', { items: words.list(outcome.obtained.map(evidenceTitle)) })
        : '',
      outcome.preserved.length > 0
        ? t('exports.outcome-preserved', { items: words.list(outcome.preserved.map(evidenceTitle)) })
        : '',
      outcome.unavailable.length > 0
        ? t('exports.outcome-unavailable', { items: words.list(outcome.unavailable.map(evidenceTitle)) })
        : '',
      ...outcome.notes.map((note) => escapeHtml(words.say(note.key, note.params))),
    ].filter((part) => part !== '');
    rows.push(line(t('report.outcome'), parts.join('<br>') || '—'));
  }
  const heading = escapeHtml(words.requestName(request, view.requests, view.viewer));
  return `<article class="request"><h3>${heading}</h3><table>${rows.join('')}</table></article>`;
}

/** Written reasoning, kept as typed; "none written" says the team wrote none. */
function reasoning(text: string, words: Words): string {
  return text.trim()
    ? `<blockquote class="reasoning">${typed(text)}</blockquote>`
    : `<span class="none">${words.t('exports.no-reasoning')}</span>`;
}

function sourceText(
  source: Source,
  words: Words,
  view: CountryView,
  evidenceTitle: (id: string) => string,
): string {
  switch (source.kind) {
    case 'start':
      return words.say('ui.source.start');
    case 'evidence':
      return words.say('ui.source.evidence', { title: evidenceTitle(source.evidence) });
    case 'inject':
      return words.say('ui.source.inject');
    case 'shared':
      return words.say('ui.source.shared', { country: words.country(source.from) });
    case 'request':
      return words.say('ui.source.request', { request: requestText(source.request, view, words) });
    case 'measure':
      return words.say('exports.source-measure');
    case 'chain-hop':
      return words.say('ui.source.chain-hop', { title: evidenceTitle(source.evidence) });
    case 'custody':
      return words.say('ui.source.custody');
  }
}

function copyVia(
  via: NonNullable<CountryView['evidence'][string]['copy']>['via'],
  words: Words,
  view: CountryView,
): string {
  if (via.kind === 'request')
    return words.say('ui.source.request', { request: requestText(via.request, view, words) });
  if (via.kind === 'shared') return words.say('ui.source.shared', { country: words.country(via.from) });
  return words.say('exports.source-measure');
}

function targetOf(
  target: { evidence: string } | { suspect: string } | { asset: string },
  view: CountryView,
  words: Words,
): string {
  if ('evidence' in target)
    return words.say('ui.target.evidence', { title: view.evidence[target.evidence]?.title ?? '—' });
  if ('suspect' in target)
    return words.say('ui.target.suspect', { alias: view.suspects[target.suspect]?.alias ?? '—' });
  return words.say('ui.target.asset', { description: view.assets[target.asset]?.description ?? '—' });
}

/** The game time the record stands at: the log's last moment. */
function endOf(events: readonly Event[]): number {
  return events.at(-1)?.at ?? 0;
}

const CASEFILE_STYLE = `
.request { border: 1px solid #cbd5e0; border-radius: 4px; padding: 0.4rem 0.8rem; margin: 0.8rem 0; break-inside: avoid-page; }
.request h3 { margin: 0.3rem 0; font-size: 1.05rem; }
.request th { width: 14rem; }
.reasoning { margin: 0; padding-inline-start: 0.6rem; border-inline-start: 3px solid #cbd5e0; }
dl { margin: 0; } dt { font-weight: 600; } dd { margin: 0 0 0.3rem 0; }
.none { color: #4a5568; font-style: italic; }
`;

/** A request of the team's by what it knows it as (its kind, the other country, when sent). */
function requestText(id: string, view: CountryView, words: Words): string {
  return String(words.named({ request: id }, view.requests, view.viewer).request);
}

/**
 * When a measure was ordered; for one held until a time (a common action time), that time too:
 * it took longer than its law's time for such a measure only because it waited for it.
 */
function orderedAt(measure: CountryView['measures'][string], words: Words): string {
  const ordered = escapeHtml(words.when(measure.takenAt));
  const held = heldUntil(measure);
  if (held === null) return ordered;
  return escapeHtml(
    paren(
      words.say,
      words.when(measure.takenAt),
      words.say('exports.held-until', { when: words.when(held) }),
    ),
  );
}

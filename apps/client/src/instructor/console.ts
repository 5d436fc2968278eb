import { type InstructorView, keptUntil, type Request, type State, type View } from '@crossborder/engine';
import type { Control } from '@crossborder/protocol';
import { errorText, kindName, t, tDynamic, violationMessage } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import { dayAndTime, gameNow, span } from '../time.js';
import { clockBar, connectionBanner } from '../ui/chrome.js';
import { fill, h, labelled, swatch, WHOLE_NUMBER } from '../ui/dom.js';
import { keepFocus } from '../ui/focus.js';
import { api, storedKey } from './api.js';
import { keyGate } from './home.js';

/**
 * The instructor's console for one session: the join code and links (large, for a projector),
 * seats with bots and locks, the clock, injects, a live dashboard of every country (requests in
 * flight, deadlines at risk, violations as they happen), the end of the session and the export.
 */
const TERMINAL: readonly Request['status'][] = [
  'executed',
  'partially-executed',
  'refused',
  'withdrawn',
  'no-longer-needed',
];
const DAY = 24 * 60;

export function startInstructorConsole(
  root: HTMLElement,
  client: GameClient,
  code: string,
  navigate: (path: string) => void,
): void {
  const key = storedKey();
  if (!key) {
    keyGate(root, () => startInstructorConsole(root, client, code, navigate));
    return;
  }
  const status = h('div', { role: 'status', 'aria-live': 'polite', class: 'status-line' });
  const header = h('header', { class: 'topbar' });
  const banner = h('div', { class: 'banner-slot' });
  const body = h('main', { class: 'console' });
  root.replaceChildren(h('div', { class: 'screen instructor-console' }, header, banner, status, body));
  const now = () =>
    client.state.clock ? gameNow(client.state.clock, Date.now(), client.state.serverOffset) : 0;
  // The console is redrawn every few seconds: what the instructor has typed or chosen is kept
  // here, by control id, and put back (focus too, by keepFocus).
  const typed = new Map<string, string>();
  const keep = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(control: T): T => {
    const value = typed.get(control.id);
    if (value !== undefined) control.value = value;
    const remember = () => typed.set(control.id, control.value);
    control.addEventListener('input', remember);
    control.addEventListener('change', remember);
    return control;
  };

  const control = (what: Control) =>
    void client.control(what).then((answer) => {
      status.textContent = answer.ok ? t('ui.console.done') : errorText(answer.error);
    });
  const command = (what: Parameters<GameClient['command']>[0]) =>
    void client.command(what).then((answer) => {
      status.textContent = answer.ok ? t('ui.console.done') : errorText(answer.error);
    });

  function render(): void {
    const view = client.state.view;
    keepFocus(header, () => drawHeader(view));
    banner.replaceChildren(connectionBanner(client.state));
    if (view?.role !== 'instructor') return;
    keepFocus(body, () =>
      body.replaceChildren(
        joinSection(view),
        seatsSection(view),
        clockSection(),
        injectsSection(view),
        dashboardSection(view),
        jurySection(view),
        endSection(view),
      ),
    );
  }

  function drawHeader(view: View | null): void {
    fill(
      header,
      h('h1', {}, client.state.session?.title ?? t('ui.instructor.title')),
      h(
        'p',
        { class: 'join-code', 'data-join-code': code },
        t('ui.console.code'),
        ' ',
        h('strong', {}, code),
      ),
      clockBar(client.state, now(), '+00:00', view?.briefing.startsAt ?? ''),
      h(
        'a',
        {
          href: '/instructor',
          onclick: (event: Event) => {
            event.preventDefault();
            navigate('/instructor');
          },
        },
        t('ui.console.all-sessions'),
      ),
    );
  }

  function joinSection(view: InstructorView): HTMLElement {
    const origin = location.origin;
    return h(
      'section',
      { class: 'card join-links', 'aria-labelledby': 'join-title' },
      h('h2', { id: 'join-title' }, t('ui.console.join')),
      h(
        'p',
        { class: 'big-code' },
        t('ui.console.join-at', { url: `${origin}/` }),
        ' ',
        h('strong', {}, code),
      ),
      h(
        'ul',
        {},
        Object.entries(view.briefing.directory).map(([id, country]) =>
          h(
            'li',
            {},
            swatch(country.color),
            `${country.shortName ?? country.name}: `,
            h('a', { href: `/join/${code}/${id}`, 'data-link': id }, `${origin}/join/${code}/${id}`),
          ),
        ),
        h(
          'li',
          {},
          `${t('ui.console.observer')}: `,
          h('a', { href: `/watch/${code}` }, `${origin}/watch/${code}`),
        ),
      ),
    );
  }

  function seatsSection(view: InstructorView): HTMLElement {
    const seats = client.state.seats;
    return h(
      'section',
      { class: 'card seats', 'aria-labelledby': 'seats-title' },
      h('h2', { id: 'seats-title' }, t('ui.console.seats')),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('ui.console.country')),
            h('th', { scope: 'col' }, t('ui.console.team')),
            h('th', { scope: 'col' }, t('ui.console.online')),
            h('th', { scope: 'col' }, t('ui.console.bot')),
            h('th', { scope: 'col' }, t('ui.console.lock')),
            h('th', { scope: 'col' }, t('ui.console.remove')),
          ),
        ),
        h(
          'tbody',
          {},
          Object.entries(view.briefing.directory).map(([id, country]) => {
            const seat = seats?.countries[id];
            return h(
              'tr',
              { 'data-seat': id },
              h('th', { scope: 'row' }, country.shortName ?? country.name),
              h('td', {}, seat?.team ?? '—'),
              h('td', {}, String(seat?.online ?? 0)),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    'aria-pressed': String(seat?.bot ?? false),
                    'data-bot': id,
                    onclick: () => control({ action: 'bot', country: id, on: !(seat?.bot ?? false) }),
                  },
                  seat?.bot ? t('ui.console.bot-on') : t('ui.console.bot-off'),
                ),
              ),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    'aria-pressed': String(seat?.locked ?? false),
                    onclick: () => control({ action: 'lock', country: id, locked: !(seat?.locked ?? false) }),
                  },
                  seat?.locked ? t('ui.console.locked') : t('ui.console.unlocked'),
                ),
              ),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    'data-remove': id,
                    // Nothing to remove from a seat nobody took.
                    disabled: !seat?.team && !seat?.online,
                    onclick: () => {
                      const params = { team: seat?.team ?? '—', country: country.shortName ?? country.name };
                      if (confirm(t('ui.console.remove-confirm', params)))
                        control({ action: 'revoke', seat: { kind: 'country', country: id } });
                    },
                  },
                  t('ui.console.remove-team', { country: country.shortName ?? country.name }),
                ),
              ),
            );
          }),
        ),
      ),
      h(
        'p',
        {},
        h(
          'button',
          {
            type: 'button',
            'aria-pressed': String(seats?.observersSeeAll ?? false),
            onclick: () => control({ action: 'reveal', observers: !(seats?.observersSeeAll ?? false) }),
          },
          seats?.observersSeeAll ? t('ui.console.hide-from-observers') : t('ui.console.reveal-to-observers'),
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            'data-remove': 'observers',
            onclick: () => {
              if (confirm(t('ui.console.remove-observers-confirm')))
                control({ action: 'revoke', seat: { kind: 'observer' } });
            },
          },
          t('ui.console.remove-observers'),
        ),
      ),
    );
  }

  function clockSection(): HTMLElement {
    const clock = client.state.clock;
    const speed = keep(
      h(
        'select',
        { name: 'speed', id: 'console-speed' },
        ...[60, 240, 480, 960, 1440, 2880].map((value) =>
          h(
            'option',
            { value, selected: clock?.speed === value },
            t('ui.console.speed-option', { speed: value }),
          ),
        ),
      ),
    );
    const minutes = keep(
      h('input', {
        ...WHOLE_NUMBER,
        name: 'advance',
        id: 'console-advance',
        value: String(clock?.roundLength ?? 60),
      }),
    );
    return h(
      'section',
      { class: 'card clock-controls', 'aria-labelledby': 'clock-title' },
      h('h2', { id: 'clock-title' }, t('ui.console.clock')),
      h(
        'p',
        {},
        clock?.running ? `▶ ${t('ui.clock.running', { speed: clock.speed })}` : `‖ ${t('ui.clock.paused')}`,
      ),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', 'data-control': 'start', onclick: () => control({ action: 'start' }) },
          t('ui.console.start'),
        ),
        h(
          'button',
          { type: 'button', 'data-control': 'pause', onclick: () => control({ action: 'pause' }) },
          t('ui.console.pause'),
        ),
      ),
      h(
        'div',
        { class: 'inline' },
        labelled(t('ui.console.speed'), speed),
        h(
          'button',
          { type: 'button', onclick: () => control({ action: 'speed', speed: Number(speed.value) }) },
          t('ui.console.set-speed'),
        ),
      ),
      h(
        'div',
        { class: 'inline' },
        labelled(t('ui.console.advance-minutes'), minutes, t('ui.console.advance-hint')),
        h(
          'button',
          {
            type: 'button',
            'data-control': 'advance',
            onclick: () =>
              control({ action: 'advance', minutes: Math.max(1, Math.round(Number(minutes.value) || 60)) }),
          },
          t('ui.console.advance'),
        ),
      ),
    );
  }

  function injectsSection(view: InstructorView): HTMLElement {
    return h(
      'section',
      { class: 'card injects', 'aria-labelledby': 'injects-title' },
      h('h2', { id: 'injects-title' }, t('ui.console.injects')),
      h(
        'table',
        {},
        h(
          'tbody',
          {},
          Object.entries(view.injects).map(([id, inject]) => {
            const at = keep(
              h('input', {
                ...WHOLE_NUMBER,
                name: `at-${id}`,
                id: `inject-at-${id}`,
                'aria-label': t('ui.console.schedule-at', { title: inject.inject.title }),
              }),
            );
            return h(
              'tr',
              { 'data-inject': id },
              h('th', { scope: 'row' }, inject.inject.title),
              h(
                'td',
                {},
                tDynamic(`ui.inject.${inject.status}`, {}, inject.status),
                inject.at !== null ? ` (${when(inject.at)})` : '',
              ),
              h(
                'td',
                { class: 'buttons' },
                inject.status === 'pending' || inject.status === 'held'
                  ? h(
                      'button',
                      { type: 'button', onclick: () => command({ type: 'fireInject', injectId: id }) },
                      t('ui.console.fire'),
                    )
                  : null,
                inject.status === 'pending'
                  ? h(
                      'button',
                      { type: 'button', onclick: () => command({ type: 'holdInject', injectId: id }) },
                      t('ui.console.hold'),
                    )
                  : null,
                inject.status === 'held'
                  ? h(
                      'button',
                      { type: 'button', onclick: () => command({ type: 'releaseInject', injectId: id }) },
                      t('ui.console.release'),
                    )
                  : null,
                inject.status === 'pending' || inject.status === 'held'
                  ? h(
                      'button',
                      { type: 'button', onclick: () => command({ type: 'cancelInject', injectId: id }) },
                      t('ui.console.cancel'),
                    )
                  : null,
                inject.status !== 'fired'
                  ? h(
                      'span',
                      {},
                      at,
                      h(
                        'button',
                        {
                          type: 'button',
                          onclick: () =>
                            command({
                              type: 'scheduleInject',
                              injectId: id,
                              at: Math.round(now() + Number(at.value || 0) * 60),
                            }),
                        },
                        t('ui.console.schedule'),
                      ),
                    )
                  : null,
              ),
            );
          }),
        ),
      ),
    );
  }

  function dashboardSection(view: InstructorView): HTMLElement {
    const state = view.state;
    const at = now();
    const violations = Object.values(state.violations).sort((a, b) => b.at - a.at);
    return h(
      'section',
      { class: 'card dashboard', 'aria-labelledby': 'dashboard-title' },
      h('h2', { id: 'dashboard-title' }, t('ui.console.dashboard')),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('ui.console.country')),
            h('th', { scope: 'col' }, t('ui.console.in-flight')),
            h('th', { scope: 'col' }, t('ui.console.at-risk')),
            h('th', { scope: 'col' }, t('ui.console.violations')),
            h('th', { scope: 'col' }, t('ui.console.score')),
          ),
        ),
        h(
          'tbody',
          {},
          Object.keys(view.briefing.directory).map((id) => {
            const inFlight = Object.values(state.requests).filter(
              (request) => (request.from === id || request.to === id) && !TERMINAL.includes(request.status),
            );
            const risks = atRisk(state, id, at);
            return h(
              'tr',
              { 'data-dashboard': id },
              h('th', { scope: 'row' }, view.briefing.directory[id]?.shortName ?? id),
              h(
                'td',
                {},
                inFlight
                  .map((request) => `${request.id} ${kindName(request.kind)} (${request.status})`)
                  .join('; ') || '—',
              ),
              h('td', {}, risks.join('; ') || '—'),
              h('td', {}, String(violations.filter((violation) => violation.country === id).length)),
              h('td', {}, String(view.scores[id]?.total ?? 0)),
            );
          }),
        ),
      ),
      h('h3', {}, t('ui.console.violation-feed')),
      h(
        'ol',
        { class: 'violations', 'aria-live': 'polite' },
        violations
          .slice(0, 12)
          .map((violation) =>
            h(
              'li',
              {},
              `${when(violation.at)} — ${view.briefing.directory[violation.country]?.shortName ?? violation.country}: ${violationMessage(violation)} (${violation.ruleId})`,
            ),
          ),
      ),
    );
  }

  /** The jury's scoring on the scenario's rubric: a level per criterion and country, with feedback. */
  function jurySection(view: InstructorView): HTMLElement {
    const criteria = Object.entries(view.rubric);
    if (criteria.length === 0)
      return h(
        'section',
        { class: 'card jury' },
        h('h2', {}, t('ui.console.jury')),
        h('p', { class: 'hint' }, t('ui.console.no-rubric')),
      );
    const countries = Object.keys(view.briefing.directory);
    return h(
      'section',
      { class: 'card jury', 'aria-labelledby': 'jury-title' },
      h('h2', { id: 'jury-title' }, t('ui.console.jury')),
      h('p', { class: 'hint' }, t('ui.console.jury-hint')),
      ...countries.flatMap((country) =>
        criteria.map(([criterionId, criterion]) => {
          const formId = `jury-${country}-${criterionId}`;
          const level = keep(
            h(
              'select',
              { name: 'level', id: `${formId}--level` },
              ...criterion.levels.map((option, index) =>
                h('option', { value: index }, `${option.label} (${option.points})`),
              ),
            ),
          );

          const feedback = keep(h('textarea', { name: 'feedback', id: `${formId}--feedback`, rows: 2 }));
          const current = Object.values(view.state.awards)
            .filter((award) => award.country === country && award.criterion === criterionId)
            .at(-1);
          const form = h(
            'form',
            { class: 'action-form', 'data-form': formId },
            h('h3', {}, `${view.briefing.directory[country]?.shortName ?? country} — ${criterion.title}`),
            current
              ? h(
                  'p',
                  { class: 'ok', 'data-award': `${country}:${criterionId}` },
                  `✔ ${criterion.levels[current.level]?.label ?? current.level} (${current.points}): ${current.feedback}`,
                )
              : null,
            labelled(t('ui.console.level'), level),
            labelled(t('ui.console.feedback'), feedback),
            h('button', { type: 'submit' }, t('ui.console.award')),
          );
          form.addEventListener('submit', (event) => {
            event.preventDefault();
            command({
              type: 'awardPoints',
              country,
              criterion: criterionId,
              level: Number(level.value),
              feedback: feedback.value.trim(),
            });
          });
          return form;
        }),
      ),
    );
  }

  function endSection(view: InstructorView): HTMLElement {
    const sessionId = client.state.session?.id ?? '';
    return h(
      'section',
      { class: 'card end', 'aria-labelledby': 'end-title' },
      h('h2', { id: 'end-title' }, t('ui.console.end-title')),
      view.ended
        ? h('p', {}, `✔ ${t('ui.console.ended')}`)
        : h(
            'button',
            {
              type: 'button',
              class: 'danger',
              'data-control': 'end',
              onclick: () => {
                if (confirm(t('ui.console.end-confirm'))) control({ action: 'end' });
              },
            },
            t('ui.console.end'),
          ),
      h('button', { type: 'button', onclick: () => void exportSession(sessionId) }, t('ui.console.export')),
      h(
        'p',
        {},
        h(
          'a',
          { href: `/debrief/${code}`, 'data-link': 'debrief' },
          view.ended ? t('ui.console.debrief') : t('ui.console.open-debrief'),
        ),
      ),
    );
  }

  async function exportSession(sessionId: string): Promise<void> {
    const answer = await api<unknown>(key ?? '', `/sessions/${sessionId}/export`);
    if (!answer.ok) {
      status.textContent = answer.message;
      return;
    }
    const link = h('a', {
      href: URL.createObjectURL(
        new Blob([JSON.stringify(answer.body, null, 2)], { type: 'application/json' }),
      ),
      download: `crossborder-${code}.json`,
    });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  client.subscribe(() => render());
  setInterval(render, 2000);
  render();
  void client.resume(code, { kind: 'instructor' }).then((resumed) => {
    if (resumed?.ok) return;
    void client.join(code, { kind: 'instructor' }, t('ui.console.name'), key).then((answer) => {
      if (!answer.ok) status.textContent = errorText(answer.error);
    });
  });
}

function when(minutes: number): string {
  const { day, time } = dayAndTime(minutes);
  return t('ui.time.day-time', { day, time });
}

/** What a country is about to lose: evidence it knows of that will be deleted within a day, unpreserved. */
function atRisk(state: State, country: string, now: number): string[] {
  const risks: string[] = [];
  for (const [id, item] of Object.entries(state.evidence)) {
    if (item.status !== 'available' || !item.knownBy[country] || item.obtainedBy[country]) continue;
    const until = keptUntil(item);
    if (until !== null && until - now <= DAY && until > now)
      risks.push(t('ui.console.expires', { evidence: id, left: span(until - now) }));
  }
  for (const request of Object.values(state.requests)) {
    for (const query of request.progressQueries)
      if (request.to === country && query.answeredAt === null && !query.overdue && query.dueAt - now <= DAY)
        risks.push(t('ui.console.progress-due', { request: request.id }));
  }
  return risks;
}

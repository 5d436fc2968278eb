import { t } from '../i18n.js';
import { h, labelled } from '../ui/dom.js';
import {
  api,
  type Created,
  forgetKey,
  keepKey,
  type ScenarioEntry,
  type SessionEntry,
  storedKey,
} from './api.js';

/**
 * The instructor's start page: the key (once per tab), the bundled scenarios with their
 * validation status, a button to create a session from each, and the sessions already running.
 */
export function instructorHome(root: HTMLElement, navigate: (path: string) => void): void {
  const key = storedKey();
  if (!key) {
    keyGate(root, () => instructorHome(root, navigate));
    return;
  }
  const scenarios = h('div', { class: 'scenarios' }, h('p', {}, t('ui.instructor.loading')));
  const sessions = h('div', { class: 'sessions' });
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen instructor-home' },
      h(
        'header',
        { class: 'topbar' },
        h('h1', {}, t('ui.instructor.title')),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              forgetKey();
              instructorHome(root, navigate);
            },
          },
          t('ui.instructor.forget-key'),
        ),
      ),
      h(
        'main',
        {},
        status,
        h('h2', {}, t('ui.instructor.scenarios')),
        scenarios,
        h('h2', {}, t('ui.instructor.sessions')),
        sessions,
      ),
    ),
  );

  void api<ScenarioEntry[]>(key, '/scenarios').then((answer) => {
    if (!answer.ok) {
      if (answer.status === 401) {
        forgetKey();
        keyGate(root, () => instructorHome(root, navigate), t('ui.instructor.wrong-key'));
      } else status.textContent = answer.message;
      return;
    }
    scenarios.replaceChildren(
      h(
        'ul',
        { class: 'scenario-list' },
        answer.body.map((entry) =>
          h(
            'li',
            { 'data-scenario': entry.id ?? entry.file },
            h('h3', {}, entry.title ?? entry.file),
            entry.summary ? h('p', {}, entry.summary) : null,
            entry.valid
              ? h(
                  'p',
                  { class: 'ok' },
                  `✔ ${t('ui.instructor.valid', { countries: entry.countries.map((country) => country.name).join(', ') })}`,
                )
              : h(
                  'div',
                  { class: 'warning' },
                  h('p', {}, `✖ ${t('ui.instructor.invalid')}`),
                  h(
                    'ul',
                    {},
                    entry.issues.slice(0, 5).map((issue) => h('li', {}, issue)),
                  ),
                ),
            entry.valid && entry.id
              ? h(
                  'div',
                  { class: 'field checkbox' },
                  h('input', { type: 'checkbox', id: `moot-${entry.id}`, name: 'moot' }),
                  h('label', { for: `moot-${entry.id}` }, t('ui.instructor.moot')),
                  h('p', { class: 'hint' }, t('ui.instructor.moot-hint')),
                )
              : null,
            entry.valid && entry.id
              ? h(
                  'button',
                  {
                    type: 'button',
                    'data-create': entry.id,
                    onclick: () => {
                      status.textContent = t('ui.instructor.creating');
                      const moot =
                        (document.getElementById(`moot-${entry.id}`) as HTMLInputElement | null)?.checked ===
                        true;
                      void api<Created>(key, '/sessions', {
                        method: 'POST',
                        body: JSON.stringify({ scenario: entry.id, ...(moot ? { clock: 'rounds' } : {}) }),
                      }).then((created) => {
                        if (created.ok) navigate(`/instructor/${created.body.session.code}`);
                        else status.textContent = created.message;
                      });
                    },
                  },
                  t('ui.instructor.create'),
                )
              : null,
          ),
        ),
      ),
    );
  });
  void api<SessionEntry[]>(key, '/sessions').then((answer) => {
    if (!answer.ok) return;
    sessions.replaceChildren(
      answer.body.length === 0
        ? h('p', { class: 'hint' }, t('ui.instructor.no-sessions'))
        : h(
            'ul',
            {},
            [...answer.body].reverse().map((session) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: `/instructor/${session.code}`,
                    onclick: (event: Event) => {
                      event.preventDefault();
                      navigate(`/instructor/${session.code}`);
                    },
                  },
                  `${session.code} — ${session.title}`,
                ),
                ` (${session.status === 'open' ? t('ui.instructor.open') : t('ui.instructor.ended')})`,
              ),
            ),
          ),
    );
  });
}

export function keyGate(root: HTMLElement, then: () => void, problem?: string): void {
  const input = h('input', {
    type: 'password',
    name: 'key',
    required: true,
    autocomplete: 'current-password',
  });
  const form = h(
    'form',
    { class: 'card' },
    h('h2', {}, t('ui.instructor.key-title')),
    labelled(t('ui.instructor.key'), input, t('ui.instructor.key-hint')),
    problem ? h('p', { class: 'warning', role: 'alert' }, problem) : null,
    h('button', { type: 'submit' }, t('ui.instructor.key-submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    keepKey(input.value.trim());
    then();
  });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen landing' },
      h('header', { class: 'topbar' }, h('h1', {}, t('ui.instructor.title'))),
      h('main', {}, form),
    ),
  );
  input.focus();
}

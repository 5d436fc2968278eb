import type { CountryView } from '@crossborder/engine';
import type { ClockState } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLocale, setLocale, t } from '../i18n.js';
import { bundled, DAY, Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { paused, Seat } from '../test/team.js';
import { dayTime, span } from '../time.js';
import { CasefilePanel } from './casefile.js';

const tutorial = await bundled('tutorial');

function mountCasefile(game = tutorialDayOne(tutorial).game) {
  const seat = new Seat(game, 'aldoria');
  render(<CasefilePanel team={seat.team} />);
  return seat;
}

const row = (id: string) => document.querySelector(`[data-evidence="${id}"]`) as HTMLElement;
const statusOf = (id: string) => row(id).querySelectorAll('td')[1]?.textContent;

/** What changed under `element`, as the browser would report it. */
function recordChanges(element: Element): () => MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => observer.takeRecords();
}

describe('the case file', () => {
  it('shows what the team knows and where each thing came from', () => {
    const seat = mountCasefile();
    const { view } = seat;
    expect(screen.getByRole('heading', { level: 2, name: t('ui.casefile.title') })).toBeTruthy();
    const facts = document.querySelectorAll('.facts li');
    expect([...facts].map((item) => item.getAttribute('data-fact'))).toEqual(Object.keys(view.facts));
    const hosted = document.querySelector('[data-fact="page-hosted-in-borealis"]');
    expect(hosted?.textContent).toContain('Northwind Hosting');
    // Known from the start, as its briefing says.
    expect(hosted?.textContent).toContain(
      ` ${t('ui.casefile.fact-source', { source: t('ui.source.start'), at: dayTime(0) })}`,
    );
    expect(hosted?.textContent).toContain(` — ${t('ui.source.start')}, ${dayTime(0)}`);
  });

  it('says where a fact came from as the screens’ language punctuates it', async () => {
    expect(await loadLocale('ar')).toBe('ar');
    try {
      mountCasefile();
      const hosted = document.querySelector('[data-fact="page-hosted-in-borealis"] .source');
      expect(hosted?.textContent).toBe(
        t('ui.casefile.fact-source', { source: t('ui.source.start'), at: dayTime(0) }),
      );
      expect(hosted?.textContent).toContain('،');
    } finally {
      setLocale('en');
    }
  });

  it('lists the evidence in a table, with who holds it, where it stands, in words and a symbol, and how it was learned of', () => {
    const seat = mountCasefile();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      t('ui.casefile.column.item'),
      t('ui.casefile.column.where'),
      t('ui.casefile.column.status'),
      t('ui.casefile.column.source'),
    ]);
    expect(
      within(table).getByRole('rowheader', {
        name: `Harbourline's fraud reports (${t('evidence-kind.financial')})`,
      }),
    ).toBeTruthy();
    expect(statusOf('fraud-reports')).toBe(`✔ ${t('ui.evidence.obtained')}`);
    const logs = seat.view.evidence['hosting-logs'];
    expect(row('hosting-logs').textContent).toContain('Northwind Hosting, Borealis');
    expect(statusOf('hosting-logs')).toBe(
      `◔ ${t('ui.evidence.deleted-in', { left: span((logs?.expiresAt ?? 0) - seat.game.now) })}`,
    );
  });

  it('says when evidence is preserved, and for how long, then when it is lost', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.do('borealis', {
      type: 'executeRequest',
      requestId: Object.keys(game.view('borealis').requests)[0] ?? '',
    });
    game.at(2 * DAY);
    const seat = mountCasefile(game);
    const until = seat.view.evidence['hosting-logs']?.preservation?.until ?? 0;
    expect(statusOf('hosting-logs')).toBe(
      `■ ${t('ui.evidence.preserved-until', { left: span(until - game.now) })}`,
    );

    const lost = new Game(tutorial);
    lost.do('aldoria', { type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] });
    lost.do('aldoria', {
      type: 'takeMeasure',
      caseId: Object.keys(lost.view('aldoria').cases)[0] ?? '',
      kind: 'production-order',
      target: { evidence: 'fraud-reports' },
      safeguards: { authorisedBy: 'judge', grounds: 'suspicion', scope: 'reports', duration: '30 days' },
    });
    lost.at(8 * DAY);
    const late = new Seat(lost, 'aldoria');
    const { container } = render(<CasefilePanel team={late.team} />);
    const lostRow = container.querySelector('[data-evidence="hosting-logs"]') as HTMLElement;
    expect(lostRow.querySelectorAll('td')[1]?.textContent).toBe(`✖ ${t('ui.evidence.lost')}`);
  });

  it('shows the suspects as far as they are known, the domestic cases and the measures taken', () => {
    const seat = mountCasefile();
    const [caseId, found] = Object.entries(seat.view.cases)[0] ?? [];
    expect(document.querySelector('[data-suspect="kite"]')?.textContent).toBe(
      `Kite — ${t('ui.suspect.unidentified')}`,
    );
    expect(document.querySelector(`[data-case="${caseId}"]`)?.textContent).toBe(
      // The offence by its description, never its id.
      `Harbourline (${seat.view.briefing.offences['credential-phishing']?.description})`,
    );
    expect(found?.title).toBe('Harbourline');
    const measures = document.querySelectorAll('.measures li');
    expect(measures).toHaveLength(1);
    // The measure by its kind and what it was about, never its id.
    const target = Object.values(seat.view.measures)[0]?.target;
    const item = target && 'evidence' in target ? target.evidence : '';
    expect(measures[0]?.textContent).toBe(
      `production order: ${seat.view.evidence[item]?.title} — ✔ the evidence was obtained`,
    );
    expect(measures[0]?.textContent).not.toMatch(/measure-\d/);
    // No assets in the tutorial: no heading for them.
    expect(screen.queryByRole('heading', { name: t('ui.casefile.assets') })).toBeNull();
  });

  it('offers the forms to open a case, take a measure, share and prosecute, each a named form', () => {
    mountCasefile();
    for (const name of [
      'ui.form.open-case',
      'ui.form.take-measure',
      'ui.form.share',
      'ui.form.prosecute',
    ] as const)
      expect(screen.getByRole('form', { name: t(name) })).toBeTruthy();
    const share = screen.getByRole('form', { name: t('ui.form.share') });
    // Only what the team holds a copy of can be shared.
    const held = within(
      within(share).getByRole('group', { name: t('ui.field.evidence-obtained') }),
    ).getAllByRole('checkbox');
    expect(held.map((box) => box.getAttribute('value'))).toEqual(['fraud-reports']);
    expect(
      within(within(share).getByRole('combobox', { name: t('ui.field.to') }))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['', 'borealis']);
  });
});

describe('the case file’s countdowns', () => {
  afterEach(() => vi.useRealTimers());

  const running = (game: number): ClockState => ({ ...paused(game), running: true, speed: 60 });

  it('write only their own text node, once per unit they show, as the clock runs', () => {
    vi.useFakeTimers();
    const seat = mountCasefile();
    const expires = seat.view.evidence['hosting-logs']?.expiresAt ?? 0;
    act(() => seat.client.receive({ clock: running(seat.game.now) }));
    const table = screen.getByRole('table');
    const changes = recordChanges(table);
    const before = statusOf('hosting-logs');

    const left = (after: number) => span(expires - seat.game.now - after);

    // At ×60 a game minute is a wall second. The text shows hours ("5d", then "4d 23h" once
    // nearer to that): 29 minutes on, it has not changed, and nothing was written.
    expect(before).toBe(`◔ ${t('ui.evidence.deleted-in', { left: left(0) })}`);
    act(() => {
      vi.advanceTimersByTime(29_000);
    });
    expect(changes()).toEqual([]);
    expect(statusOf('hosting-logs')).toBe(before);

    // Once the hour shown turns, one text node is written, and nothing else; then again an hour on.
    act(() => {
      vi.advanceTimersByTime(2_500);
    });
    const written = changes();
    expect(written).toHaveLength(1);
    expect(written[0]?.type).toBe('characterData');
    expect(written[0]?.target.textContent).toBe(left(31));
    expect(left(31)).not.toBe(left(0));
    act(() => {
      vi.advanceTimersByTime(58_000);
    });
    expect(changes()).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    const next = changes();
    expect(next.map((change) => [change.type, change.target])).toEqual([
      ['characterData', written[0]?.target],
    ]);
    expect(statusOf('hosting-logs')).toBe(`◔ ${t('ui.evidence.deleted-in', { left: left(91) })}`);
  });

  it('stand still while the clock is paused: no timer, nothing written', () => {
    vi.useFakeTimers();
    const seat = mountCasefile();
    const changes = recordChanges(document.body);
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(changes()).toEqual([]);
    // A new reading from the server (the instructor advanced the clock) moves them at once.
    act(() => seat.client.receive({ clock: paused(seat.game.now + 6 * 60) }));
    const expires = seat.view.evidence['hosting-logs']?.expiresAt ?? 0;
    expect(statusOf('hosting-logs')).toBe(
      `◔ ${t('ui.evidence.deleted-in', { left: span(expires - seat.game.now - 6 * 60) })}`,
    );
  });
});

describe('the case file’s forms', () => {
  it('open a case: the new case is added to the list, the others untouched, and the keyboard goes to the ruling', async () => {
    const seat = mountCasefile();
    const before = [...document.querySelectorAll('.cases li')];
    const form = screen.getByRole('form', { name: t('ui.form.open-case') });
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: t('ui.field.case-title') }), 'Second case');
    await user.click(within(form).getByRole('checkbox', { name: /^Deceiving bank customers/ }));
    await user.click(within(form).getByRole('button', { name: t('ui.form.open-case.submit') }));
    expect(seat.sent).toEqual([
      { type: 'openCase', title: 'Second case', offences: ['credential-phishing'] },
    ]);
    const done = within(form).getByRole('status');
    expect(done.textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    expect(document.activeElement).toBe(done);
    const after = [...document.querySelectorAll('.cases li')];
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]?.textContent).toContain('Second case');
    // The form is ready for the next case.
    expect(
      (within(form).getByRole('textbox', { name: t('ui.field.case-title') }) as HTMLInputElement).value,
    ).toBe('');
  });

  it('take a measure at home, with its safeguards; an unlawful one is ruled against with its article', async () => {
    const seat = mountCasefile();
    const form = screen.getByRole('form', { name: t('ui.form.take-measure') });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    // Nothing chosen: the keyboard goes to the first field at fault.
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.case') }));
    expect(seat.sent).toEqual([]);

    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.case') }), [
      Object.keys(seat.view.cases)[0] ?? '',
    ]);
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.measure') }), [
      'production-order',
    ]);
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.target') }));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.target') }), [
      'evidence:hosting-logs',
    ]);
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    // An order at home for data held in Borealis: the engine says no, and why.
    const ruling = within(form).getByRole('alert');
    expect(ruling.textContent).toContain(t('ui.form.rejected'));
    expect(ruling.textContent).toMatch(/Art/);
    expect(document.activeElement).toBe(ruling);
    expect(seat.sent).toHaveLength(1);
    // The draft stays, to be corrected.
    expect(
      (within(form).getByRole('combobox', { name: t('ui.field.measure') }) as HTMLSelectElement).value,
    ).toBe('production-order');
  });

  it('order a measure confidential, so a provider that tells its customers does not warn the suspect', async () => {
    const seat = mountCasefile();
    const form = screen.getByRole('form', { name: t('ui.form.take-measure') });
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.case') }), [
      Object.keys(seat.view.cases)[0] ?? '',
    ]);
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.measure') }), [
      'preservation-order',
    ]);
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.target') }), [
      'evidence:fraud-reports',
    ]);
    const confidential = within(form).getByRole('checkbox', { name: t('ui.measure.confidential') });
    expect((confidential as HTMLInputElement).checked).toBe(false);
    await user.click(confidential);
    await user.click(within(form).getByRole('button', { name: t('ui.form.take-measure.submit') }));
    expect(seat.sent).toHaveLength(1);
    expect(seat.sent[0]).toMatchObject({
      type: 'takeMeasure',
      kind: 'preservation-order',
      confidential: true,
    });
  });

  it('leave a focused field, its value and selection as they are when an update arrives', async () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const seat = mountCasefile(game);
    const user = userEvent.setup();
    const reasoning = screen.getByRole('textbox', { name: t('ui.field.reasoning') }) as HTMLTextAreaElement;
    await user.click(reasoning);
    await user.type(reasoning, 'Kite ran the page');
    reasoning.setSelectionRange(5, 8, 'forward');
    const caseList = document.querySelector('.cases') as HTMLElement;

    // The team's other desk sends a request, and time passes: the view changes under the field.
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.at(game.now + 60);
    act(() => seat.update());

    expect(screen.getByRole('textbox', { name: t('ui.field.reasoning') })).toBe(reasoning);
    expect(document.activeElement).toBe(reasoning);
    expect(reasoning.value).toBe('Kite ran the page');
    expect([reasoning.selectionStart, reasoning.selectionEnd]).toEqual([5, 8]);
    expect(document.querySelector('.cases')).toBe(caseList);
    await user.keyboard('owns');
    expect(reasoning.value).toBe('Kite owns the page');
  });

  it('keep what was typed when the case file closes and opens again', async () => {
    const seat = mountCasefile();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: t('ui.field.grounds') }), 'Reasonable suspicion');
    document.body.replaceChildren();
    render(<CasefilePanel team={seat.team} />);
    expect((screen.getByRole('textbox', { name: t('ui.field.grounds') }) as HTMLInputElement).value).toBe(
      'Reasonable suspicion',
    );
  });
});

describe('the case file, later in a case', () => {
  /** The case file of a view the test changes, as the game would have later. */
  function mountLater(change: (view: CountryView) => CountryView) {
    const { game } = tutorialDayOne(tutorial);
    const seat = new Seat(game, 'aldoria');
    const view = signal(change(seat.view));
    render(<CasefilePanel team={{ ...seat.team, view }} />);
    return { seat, view };
  }

  it('says who a suspect is once identified, where located and in whose custody', () => {
    mountLater((view) => ({
      ...view,
      suspects: {
        kite: {
          alias: 'Kite',
          name: 'Mara Venn',
          nationality: 'aldoria',
          location: { at: 60, source: { kind: 'start' }, location: 'borealis' },
          custody: { by: 'borealis', since: 90, pendingExtraditionTo: 'aldoria' },
          surrenderedTo: null,
        },
      },
    }));
    expect(document.querySelector('[data-suspect="kite"]')?.textContent).toBe(
      `Kite — Mara Venn, Aldoria; ${t('ui.suspect.located', { country: 'Borealis' })}; ${t('ui.suspect.custody', { country: 'Borealis' })}`,
    );
    // An identified person may be prosecuted: the form offers them by alias and name.
    const prosecute = screen.getByRole('form', { name: t('ui.form.prosecute') });
    expect(
      within(within(prosecute).getByRole('combobox', { name: t('ui.field.suspect') })).getByRole('option', {
        name: 'Kite (Mara Venn)',
      }),
    ).toBeTruthy();
  });

  it('lists assets with their amount and holder, frozen or confiscated said in words beside a symbol', () => {
    mountLater((view) => ({
      ...view,
      assets: {
        wallet: {
          at: 0,
          source: { kind: 'start' },
          description: 'Exchange account',
          kind: 'crypto-wallet',
          amount: 41.7,
          currency: 'BTC',
          holder: 'tidewater',
          holderName: 'Tidewater Exchange',
          country: 'borealis',
          frozen: true,
          confiscated: false,
        },
      },
    }));
    expect(screen.getByRole('heading', { name: t('ui.casefile.assets') })).toBeTruthy();
    expect(document.querySelector('[data-asset="wallet"]')?.textContent).toBe(
      `Exchange account: ${(41.7).toLocaleString()} BTC, Tidewater Exchange — ■ ${t('ui.asset.frozen')}`,
    );
    const target = screen.getByRole('combobox', { name: t('ui.field.target') });
    expect(
      within(target).getByRole('option', { name: t('ui.target.asset', { description: 'Exchange account' }) }),
    ).toBeTruthy();
  });

  it('says when a measure will be done, and that a case’s proceedings went to another country', () => {
    let due = 0;
    mountLater((view) => {
      const [caseId, found] = Object.entries(view.cases)[0] ?? [];
      const [measureId, measure] = Object.entries(view.measures)[0] ?? [];
      if (!caseId || !found || !measureId || !measure) throw new Error('no case or measure');
      // Not yet done, at the time its law gives it (a later time would be a measure held until then).
      due = measure.completesAt;
      return {
        ...view,
        cases: { [caseId]: { ...found, transferredTo: 'borealis' } },
        measures: { [measureId]: { ...measure, completed: false } },
      };
    });
    expect(document.querySelector('[data-case]')?.textContent).toContain(
      ` — ${t('ui.case.transferred', { to: 'Borealis' })}`,
    );
    expect(document.querySelector('[data-measure]')?.textContent).toContain(
      t('ui.measure.due', { when: dayTime(due) }),
    );
  });

  it('updates one row when one item changes, and leaves the others as they were', () => {
    const { view } = mountLater((current) => current);
    const reports = row('fraud-reports');
    const logs = row('hosting-logs');
    const logsItem = view.value.evidence['hosting-logs'];
    if (!logsItem) throw new Error('no logs');
    act(() => {
      view.value = {
        ...view.value,
        evidence: { ...view.value.evidence, 'hosting-logs': { ...logsItem, status: 'lost' } },
      };
    });
    expect(row('fraud-reports')).toBe(reports);
    expect(row('hosting-logs')).toBe(logs);
    expect(statusOf('hosting-logs')).toBe(`✖ ${t('ui.evidence.lost')}`);
  });
});

describe('sharing and prosecuting', () => {
  it('shares chosen facts and evidence with a country, its conditions one per “;”', async () => {
    const seat = mountCasefile();
    const form = screen.getByRole('form', { name: t('ui.form.share') });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: t('ui.form.share.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.to') }));
    expect(within(form).getByRole('alert').textContent).toContain(t('ui.form.need-recipient'));
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.to') }), ['borealis']);
    const facts = within(form).getByRole('group', { name: t('ui.field.facts') });
    await user.click(within(facts).getAllByRole('checkbox')[1] as HTMLElement);
    await user.click(within(form).getByRole('checkbox', { name: "Harbourline's fraud reports" }));
    await user.type(
      within(form).getByRole('textbox', { name: t('ui.field.conditions') }),
      'Police use only; ask before onward sharing',
    );
    await user.click(within(form).getByRole('button', { name: t('ui.form.share.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'shareInformation',
        to: 'borealis',
        facts: [Object.keys(seat.view.facts)[1]],
        evidence: ['fraud-reports'],
        conditions: ['Police use only', 'ask before onward sharing'],
      },
    ]);
    expect(document.activeElement).toBe(within(form).getByRole('status'));
  });

  it('asks for an identified person and a case before prosecuting', async () => {
    mountCasefile();
    const form = screen.getByRole('form', { name: t('ui.form.prosecute') });
    // Nobody is identified yet: there is nobody to choose.
    expect(
      within(within(form).getByRole('combobox', { name: t('ui.field.suspect') })).getAllByRole('option'),
    ).toHaveLength(1);
    await userEvent.setup().click(within(form).getByRole('button', { name: t('ui.form.prosecute.submit') }));
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: t('ui.field.suspect') }));
    expect(within(form).getByRole('alert').textContent).toContain(t('ui.form.need-suspect-case'));
  });
});

describe('what you can do now', () => {
  const leads = () => screen.getByRole('region', { name: t('ui.lead.title') });

  it('before the reports are in: a production order on the bank’s fraud reports, which fills in the measure form', async () => {
    const game = new Game(tutorial).do('aldoria', {
      type: 'openCase',
      title: 'Harbourline',
      offences: ['credential-phishing'],
    });
    const seat = mountCasefile(game);
    const section = leads();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `${t('ui.lead.measure', { item: "Harbourline's fraud reports", holder: 'Harbourline Bank', measure: 'production order' })} ${t('ui.lead.measure.action', { measure: 'production order' })}`,
    ]);
    await userEvent.setup().click(
      within(section).getByRole('button', {
        name: t('ui.lead.measure.action', { measure: 'production order' }),
      }),
    );
    const form = screen.getByRole('form', { name: t('ui.form.take-measure') });
    const value = (name: string) => (within(form).getByRole('combobox', { name }) as HTMLSelectElement).value;
    expect(value(t('ui.field.case'))).toBe(Object.keys(seat.view.cases)[0]);
    expect(value(t('ui.field.measure'))).toBe('production-order');
    expect(value(t('ui.field.target'))).toBe('evidence:fraud-reports');
    // The keyboard goes to the first safeguard, which the team writes itself.
    expect(document.activeElement?.id).toBe('take-measure--authorisedBy');
    expect(within(section).getByRole('status').textContent).toBe(t('ui.lead.form-ready'));
  });

  it('once the logs are known: preserve them and ask Borealis, each a draft the composer opens', async () => {
    const { game } = tutorialDayOne(tutorial);
    const seat = new Seat(game, 'aldoria');
    const opened: unknown[] = [];
    render(<CasefilePanel team={{ ...seat.team, open: (target) => opened.push(target) }} />);
    const section = leads();
    await userEvent
      .setup()
      .click(
        within(section).getByRole('button', { name: t('ui.lead.preserve.action', { country: 'Borealis' }) }),
      );
    expect(opened).toEqual([{ tab: 'compose', form: 'compose' }]);
    const draft = (name: string) => seat.team.forms.text('compose', name).value;
    expect([draft('kind'), draft('to'), draft('channel'), draft('language'), draft('offence')]).toEqual([
      'preservation',
      'borealis',
      '24-7-network',
      'en',
      'credential-phishing',
    ]);
    expect(seat.team.forms.list('compose', 'evidence').value).toEqual(['hosting-logs']);
  });

  it('says where the draft is when the screen cannot open the composer', async () => {
    mountCasefile();
    const section = leads();
    await userEvent
      .setup()
      .click(within(section).getByRole('button', { name: t('ui.lead.ask.action', { country: 'Borealis' }) }));
    expect(within(section).getByRole('status').textContent).toBe(t('ui.lead.drafted'));
  });
});

describe('the measure form checks its safeguards before sending (Art. 24)', () => {
  it('marks what the chosen measure needs and names what is missing as the team types, by the engine’s table', async () => {
    const seat = mountCasefile();
    const form = screen.getByRole('form', { name: t('ui.form.take-measure') });
    const check = () => (form.querySelector('#measure-check') as HTMLElement).textContent;
    expect(check()).toBe(t('ui.measure-check.choose-kind'));
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByRole('combobox', { name: t('ui.field.measure') }), [
      'preservation-order',
    ]);
    // A preservation order's duration is its own: not asked for.
    expect(
      within(form).getByRole('textbox', {
        name: `○ ${t('ui.field.duration')} (${t('ui.measure-check.not-needed')})`,
      }),
    ).toBeTruthy();
    const authorised = within(form).getByRole('textbox', { name: `✖ ${t('ui.field.authorised-by')}` });
    expect(check()).toContain(t('ui.measure-check.missing', { item: t('ui.field.authorised-by') }));
    expect(check()).toMatch(/\(Art\. 24/);
    await user.type(authorised, 'Prosecutor Vale');
    expect(within(form).getByRole('textbox', { name: `✔ ${t('ui.field.authorised-by')}` })).toBe(authorised);
    await user.type(within(form).getByRole('textbox', { name: `✖ ${t('ui.field.grounds')}` }), 'Fraud');
    await user.type(within(form).getByRole('textbox', { name: `✖ ${t('ui.field.scope')}` }), 'Reports');
    expect(check()).toBe(`✔ ${t('ui.measure-check.ready')}`);
    // Typing never replaces the field: it is the same element, with what was typed.
    expect((authorised as HTMLInputElement).value).toBe('Prosecutor Vale');
    expect(seat.sent).toEqual([]);
  });
});

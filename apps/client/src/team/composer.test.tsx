import { REQUEST_KIND_IDS, REQUEST_KINDS } from '@crossborder/scenario';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import {
  bundled,
  DAY,
  Game,
  PRESERVATION_CONTENTS,
  preservationOfHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { ComposerPanel } from './composer.js';

const tutorial = await bundled('tutorial');

function mountComposer() {
  const { game, caseId } = tutorialDayOne(tutorial);
  const seat = new Seat(game, 'aldoria');
  const user = userEvent.setup();
  const panel = render(<ComposerPanel team={seat.team} />);
  return { seat, game, caseId, user, panel };
}

const combo = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const item = (id: string) => document.querySelector(`[data-content="${id}"]`) as HTMLElement;
const itemField = (id: string) => item(id).querySelector('textarea') as HTMLTextAreaElement;
const liveCheck = () => screen.getByRole('status');
const send = () => screen.getByRole('button', { name: t('ui.composer.send') });

/** Chooses a preservation request to Borealis through the 24/7 network, for the hosting logs. */
async function route(user: ReturnType<typeof userEvent.setup>, caseId: string) {
  await user.selectOptions(combo(t('ui.composer.kind')), ['preservation']);
  await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
  await user.selectOptions(combo(t('ui.field.case')), [caseId]);
  await user.selectOptions(combo(t('ui.field.offence')), ['credential-phishing']);
  await user.selectOptions(combo(t('ui.composer.channel')), ['24-7-network']);
  await user.selectOptions(combo(t('ui.composer.language')), ['en']);
  await user.click(screen.getByRole('checkbox', { name: /^Northwind Hosting control-panel logs/ }));
}

describe('the composer', () => {
  it('offers every kind of request with its article, and says what a draft still needs', () => {
    mountComposer();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.composer.title') })).toBeTruthy();
    expect(screen.getByRole('form', { name: t('ui.composer.draft') })).toBeTruthy();
    // Right under the panel's title, the form's heading is the next level down (no level skipped).
    expect(screen.getByRole('heading', { level: 3, name: t('ui.composer.draft') })).toBeTruthy();
    const kinds = within(combo(t('ui.composer.kind')))
      .getAllByRole('option')
      .slice(1);
    expect(kinds.map((option) => option.textContent)).toEqual(
      REQUEST_KIND_IDS.map(
        (id) => `${kindName(id)} (${t('ui.form.article', { article: REQUEST_KINDS[id].article })})`,
      ),
    );
    expect(liveCheck().textContent).toContain(`✖ ${t('ui.composer.need-kind')}`);
    expect(liveCheck().getAttribute('aria-live')).toBe('polite');
    // No contents until a kind is chosen.
    expect(
      screen.getByRole('group', { name: t('ui.composer.contents') }).querySelector('textarea'),
    ).toBeNull();
    expect(screen.queryByRole('group', { name: t('ui.composer.deadline') })).toBeNull();
    for (const flag of [
      'ui.composer.urgent',
      'ui.composer.oral',
      'ui.composer.emergency',
      'ui.composer.confidential',
    ] as const)
      expect(screen.getByRole('checkbox', { name: t(flag) })).toBeTruthy();
  });

  it('lists what the chosen kind must contain, each item with its article, marked missing in words and colour', async () => {
    const { user, caseId } = mountComposer();
    await route(user, caseId);
    const contents = screen.getByRole('group', { name: t('ui.composer.contents') });
    const items = [...contents.querySelectorAll('[data-content]')];
    expect(items.map((found) => found.getAttribute('data-content'))).toEqual(
      Object.keys(PRESERVATION_CONTENTS),
    );
    for (const found of items) {
      expect(found.classList.contains('missing')).toBe(true);
      expect(found.querySelector('label')?.textContent).toMatch(/^✖ .* — Art\. 42/);
    }
    expect(liveCheck().textContent).toContain('Art. 42');
    expect(liveCheck().querySelector('.blocking')).not.toBeNull();
  });

  it('offers the channels and languages that fit, and says which', async () => {
    const { user } = mountComposer();
    await user.selectOptions(combo(t('ui.composer.kind')), ['preservation']);
    const channel = combo(t('ui.composer.channel'));
    const fits = within(channel).getAllByRole('option', { name: new RegExp(t('ui.composer.channel-fits')) });
    expect(fits.map((option) => (option as HTMLOptionElement).value)).toEqual([
      ...REQUEST_KINDS.preservation.channels,
    ]);
    expect(screen.getByText(/^This kind may go by:/)).toBeTruthy();
    await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
    expect(
      screen.getByText(
        t('ui.composer.languages-hint', { central: 'French, English', desk: 'English, French' }),
      ),
    ).toBeTruthy();
    const languages = within(combo(t('ui.composer.language'))).getAllByRole('option') as HTMLOptionElement[];
    expect(languages.map((option) => option.value)).toEqual(['', 'fr', 'en']);
    // Named, never shown as bare tags.
    expect(languages.slice(1).map((option) => option.textContent)).toEqual(['French', 'English']);
    // Evidence a kind cannot obtain says so beside it.
    await user.selectOptions(combo(t('ui.composer.kind')), ['traffic-disclosure']);
    expect(
      screen.getByRole('checkbox', {
        name: /^Harbourline's fraud reports/,
        description: `— ${t('ui.composer.evidence-wrong-kind', { kind: 'financial' })}`,
      }),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('checkbox', { name: /^Northwind Hosting control-panel logs/ })
        .getAttribute('aria-describedby'),
    ).toBeNull();
  });

  it('ticks an item off as it is typed, in the label and the live check, and leaves the field alone', async () => {
    const { user, caseId } = mountComposer();
    await route(user, caseId);
    const field = itemField('authority');
    await user.click(field);
    await user.type(field, 'National Cybercrime Centre');
    expect(itemField('authority')).toBe(field);
    expect(document.activeElement).toBe(field);
    expect(item('authority').classList.contains('given')).toBe(true);
    expect(item('authority').querySelector('label')?.textContent).toMatch(/^✔ /);
    expect(liveCheck().textContent).not.toContain('authority seeking preservation” is missing');
    expect(item('necessity').querySelector('label')?.textContent).toMatch(/^✖ /);
  });

  it('leaves the focused field, its value and its selection untouched when an update arrives', async () => {
    const { seat, game, user, caseId } = mountComposer();
    await route(user, caseId);
    const field = itemField('offence-and-facts');
    await user.click(field);
    await user.type(field, 'Computer fraud through a fake page');
    field.setSelectionRange(9, 14, 'backward');
    const form = screen.getByRole('form');
    const kind = combo(t('ui.composer.kind'));

    // Meanwhile the other desk sends a request (the view changes) and time moves on.
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.at(game.now + 3 * 60);
    act(() => seat.update());

    expect(itemField('offence-and-facts')).toBe(field);
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('Computer fraud through a fake page');
    expect([field.selectionStart, field.selectionEnd, field.selectionDirection]).toEqual([9, 14, 'backward']);
    expect(screen.getByRole('form')).toBe(form);
    expect(combo(t('ui.composer.kind'))).toBe(kind);
    expect(kind.value).toBe('preservation');
    // Typing goes on over the selection.
    await user.keyboard('crime');
    expect(field.value).toBe('Computer crime through a fake page');
  });

  it('sends nothing incomplete: it says what is missing and takes the keyboard to the first field at fault', async () => {
    const { seat, user, caseId } = mountComposer();
    await user.click(send());
    expect(seat.sent).toEqual([]);
    expect(document.activeElement).toBe(combo(t('ui.composer.kind')));
    expect(within(screen.getByRole('form')).getByRole('alert').textContent).toContain(
      t('ui.composer.need-kind'),
    );

    await route(user, caseId);
    await user.type(itemField('authority'), 'National Cybercrime Centre of Aldoria');
    await user.click(send());
    expect(seat.sent).toEqual([]);
    // A preservation request cannot go without its contents: the first missing item takes the keyboard.
    expect(document.activeElement).toBe(itemField('offence-and-facts'));
  });

  it('sends a complete request as the engine expects it, shows the ruling with the keyboard on it, and starts a new draft', async () => {
    const { seat, user, caseId } = mountComposer();
    await route(user, caseId);
    for (const [id, text] of Object.entries(PRESERVATION_CONTENTS)) await user.type(itemField(id), text);
    expect(liveCheck().textContent).toBe(`✔ ${t('ui.composer.ready')}`);
    await user.click(send());
    expect(seat.sent).toEqual([preservationOfHostingLogs(caseId)]);
    const done = screen.getByRole('form').querySelector('.result') as HTMLElement;
    expect(done.getAttribute('role')).toBe('status');
    expect(done.textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    expect(document.activeElement).toBe(done);
    expect(Object.values(seat.view.requests)).toHaveLength(1);
    expect(combo(t('ui.composer.kind')).value).toBe('');
    expect(document.querySelector('[data-content]')).toBeNull();
  });

  it('offers a suggested deadline on a request for assistance: a whole number of days, with its reasons', async () => {
    const { seat, game, user, caseId } = mountComposer();
    await user.selectOptions(combo(t('ui.composer.kind')), ['stored-data']);
    const deadline = screen.getByRole('group', { name: t('ui.composer.deadline') });
    const days = within(deadline).getByRole('spinbutton', {
      name: t('ui.composer.deadline-days'),
    }) as HTMLInputElement;
    expect([days.type, days.min, days.step]).toEqual(['number', '1', '1']);
    expect(liveCheck().textContent).toContain(t('ui.composer.practice-no-deadline'));

    await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
    await user.selectOptions(combo(t('ui.field.case')), [caseId]);
    await user.selectOptions(combo(t('ui.field.offence')), ['credential-phishing']);
    await user.selectOptions(combo(t('ui.composer.channel')), ['central-authority']);
    await user.selectOptions(combo(t('ui.composer.language')), ['en']);
    await user.click(screen.getByRole('checkbox', { name: /^Northwind Hosting control-panel logs/ }));
    await user.type(days, '0');
    expect(liveCheck().textContent).toContain(t('ui.composer.deadline-whole'));
    await user.click(send());
    expect(seat.sent).toEqual([]);
    expect(document.activeElement).toBe(days);

    await user.clear(days);
    await user.type(days, '3');
    await user.type(
      within(deadline).getByRole('textbox', { name: t('ui.composer.deadline-reason') }),
      'The logs lead to the suspect',
    );
    expect(liveCheck().textContent).not.toContain(t('ui.composer.deadline-whole'));
    await user.click(send());
    expect(seat.sent).toHaveLength(1);
    expect(seat.sent[0]).toMatchObject({
      type: 'sendRequest',
      kind: 'stored-data',
      suggestedDeadline: game.now + 3 * DAY,
      deadlineReason: 'The logs lead to the suspect',
    });
  });

  it('keeps the draft when the team looks elsewhere and comes back', async () => {
    const { seat, user, panel, caseId } = mountComposer();
    await route(user, caseId);
    await user.type(itemField('necessity'), 'Logs go in days');
    panel.unmount();
    render(<ComposerPanel team={seat.team} />);
    expect(combo(t('ui.composer.kind')).value).toBe('preservation');
    expect(itemField('necessity').value).toBe('Logs go in days');
    expect(
      (screen.getByRole('checkbox', { name: /^Northwind Hosting control-panel logs/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it('sends the flags ticked, and asks for the person or the asset when the kind is about one', async () => {
    const { seat, user, caseId } = mountComposer();
    await user.selectOptions(combo(t('ui.composer.kind')), ['extradition']);
    expect(screen.queryByRole('group', { name: t('ui.composer.evidence') })).toBeNull();
    const person = combo(t('ui.field.suspect'));
    expect(within(person).getByRole('option', { name: 'Kite' })).toBeTruthy();
    await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
    await user.selectOptions(combo(t('ui.field.case')), [caseId]);
    await user.selectOptions(combo(t('ui.field.offence')), ['credential-phishing']);
    await user.selectOptions(combo(t('ui.composer.channel')), [REQUEST_KINDS.extradition.channels[0] ?? '']);
    await user.selectOptions(combo(t('ui.composer.language')), ['en']);
    await user.click(send());
    expect(document.activeElement).toBe(combo(t('ui.field.suspect')));
    await user.selectOptions(combo(t('ui.field.suspect')), ['kite']);
    await user.click(screen.getByRole('checkbox', { name: t('ui.composer.urgent') }));
    await user.click(screen.getByRole('checkbox', { name: t('ui.composer.confidential') }));
    await user.click(send());
    expect(seat.sent[0]).toMatchObject({
      kind: 'extradition',
      subject: { suspect: 'kite' },
      urgent: true,
      confidential: true,
    });

    await user.selectOptions(combo(t('ui.composer.kind')), ['asset-freeze']);
    expect(screen.queryByRole('combobox', { name: t('ui.field.suspect') })).toBeNull();
    expect(within(combo(t('ui.field.asset'))).getAllByRole('option')).toHaveLength(1);
  });

  it('asks for a domestic case first, and offers the offences of the case chosen', async () => {
    const fresh = new Seat(new Game(tutorial), 'aldoria');
    render(<ComposerPanel team={fresh.team} />);
    expect(
      screen.getByRole('combobox', {
        name: t('ui.field.case'),
        description: t('ui.composer.open-case-first'),
      }),
    ).toBeTruthy();
    // Without a case, every offence of the scenario; with one, that case's.
    expect(
      within(combo(t('ui.field.offence')))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      t('ui.form.choose'),
      // Each by its description, never its id.
      ...Object.values(fresh.view.briefing.offences).map((offence) => offence.description),
    ]);
  });
});

describe('the composer explains why an item is not there to choose yet', () => {
  it('before the fraud reports are obtained: no evidence known in Borealis, and the production order that may reveal some', async () => {
    const game = new Game(tutorial).do('aldoria', {
      type: 'openCase',
      title: 'Harbourline',
      offences: ['credential-phishing'],
    });
    const seat = new Seat(game, 'aldoria');
    render(<ComposerPanel team={seat.team} />);
    const user = userEvent.setup();
    await user.selectOptions(combo(t('ui.composer.kind')), ['preservation']);
    const note = () => document.getElementById('composer-evidence-note')?.textContent ?? '';
    expect(note()).toContain(t('ui.composer.none-known'));
    await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
    expect(note()).toBe(
      t('ui.composer.none-known-in', { country: 'Borealis' }) +
        t('ui.composer.reveal-first', {
          lead: t('ui.lead.measure', {
            item: "Harbourline's fraud reports",
            holder: 'Harbourline Bank',
            measure: 'production order',
          }),
        }),
    );
    // The offence is offered by its description, never its id.
    expect([...combo(t('ui.field.offence')).options].map((option) => option.textContent)).toEqual([
      t('ui.form.choose'),
      seat.view.briefing.offences['credential-phishing']?.description,
    ]);
  });

  it('says nothing once the hosting logs are known', async () => {
    const { user } = mountComposer();
    await user.selectOptions(combo(t('ui.composer.kind')), ['preservation']);
    await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
    expect(document.getElementById('composer-evidence-note')).toBeNull();
  });
});

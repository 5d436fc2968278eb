import type { CommandOf, Request } from '@crossborder/engine';
import type { Scenario } from '@crossborder/scenario';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import {
  bundled,
  PRESERVATION_CONTENTS,
  preservationOfHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { ComposerPanel } from './composer.js';
import { RequestActions } from './request-actions.js';

const tutorial = await bundled('tutorial');
const levels = [0, 1, 2, 3].map((points) => ({ label: `Level ${points}`, description: 'Work.', points }));
/** The tutorial as a moot court whose rubric scores the reasoning of requests and extradition decisions. */
const moot: Scenario = {
  ...tutorial,
  session: { ...tutorial.session, clock: 'rounds' },
  rubric: {
    cooperation: {
      title: 'Cooperation',
      description: 'Requests and extraditions are reasoned.',
      decisions: ['request', 'extradition-decision'],
      levels,
    },
  },
};
const REASONING = 'The logs are held in Borealis alone and are deleted within days.';

const combo = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const reasoningBox = () => screen.queryByRole('textbox', { name: t('ui.field.jury-reasoning') });

/** The composer of Aldoria a day into `scenario`, with a complete preservation request drafted. */
async function drafted(scenario: Scenario) {
  const { game, caseId } = tutorialDayOne(scenario);
  const seat = new Seat(game, 'aldoria');
  const user = userEvent.setup();
  render(<ComposerPanel team={seat.team} />);
  await user.selectOptions(combo(t('ui.composer.kind')), ['preservation']);
  await user.selectOptions(combo(t('ui.composer.to')), ['borealis']);
  await user.selectOptions(combo(t('ui.field.case')), [caseId]);
  await user.selectOptions(combo(t('ui.field.offence')), ['credential-phishing']);
  await user.selectOptions(combo(t('ui.composer.channel')), ['24-7-network']);
  await user.selectOptions(combo(t('ui.composer.language')), ['en']);
  await user.click(screen.getByRole('checkbox', { name: /^Northwind Hosting control-panel logs/ }));
  for (const [id, text] of Object.entries(PRESERVATION_CONTENTS)) {
    const field = document.querySelector(`[data-content="${id}"] textarea`) as HTMLTextAreaElement;
    await user.type(field, text);
  }
  return { seat, user };
}

describe('written reasoning in a moot court', () => {
  it('the composer asks for the reasoning the jury scores, and will not send without it', async () => {
    const { seat, user } = await drafted(moot);
    const box = reasoningBox() as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.required).toBe(true);
    await user.click(screen.getByRole('button', { name: t('ui.composer.send') }));
    expect(seat.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain(t('ui.form.need-reasoning'));
    expect(document.activeElement).toBe(box);
    await user.type(box, REASONING);
    await user.click(screen.getByRole('button', { name: t('ui.composer.send') }));
    expect(seat.sent).toHaveLength(1);
    expect((seat.sent[0] as CommandOf<'sendRequest'>).reasoning).toBe(REASONING);
    expect(Object.values(seat.view.requests)[0]?.reasoning).toBe(REASONING);
  });

  it('outside a moot court the composer asks for no reasoning', async () => {
    const { seat, user } = await drafted(tutorial);
    expect(reasoningBox()).toBeNull();
    await user.click(screen.getByRole('button', { name: t('ui.composer.send') }));
    expect(seat.sent).toHaveLength(1);
    expect(seat.sent[0]).not.toHaveProperty('reasoning');
  });

  it('granting an extradition asks for its reasoning; executing another request does not', async () => {
    const { game, caseId } = tutorialDayOne(moot);
    game.do('aldoria', {
      ...(preservationOfHostingLogs(caseId) as CommandOf<'sendRequest'>),
      reasoning: REASONING,
    });
    const seat = new Seat(game, 'borealis');
    const received = Object.values(seat.view.requests)[0] as Request;
    const user = userEvent.setup();
    const preservation = render(<RequestActions team={seat.team} request={received} />);
    expect(reasoningBox()).toBeNull();
    preservation.unmount();
    // The same form on an extradition request (its kind changed for the form alone).
    render(<RequestActions team={seat.team} request={{ ...received, kind: 'extradition' }} />);
    const execute = screen.getByRole('form', { name: t('ui.action.execute') });
    const box = within(execute).getByRole('textbox', {
      name: t('ui.field.jury-reasoning'),
    }) as HTMLTextAreaElement;
    await user.click(within(execute).getByRole('button', { name: t('ui.action.execute.submit') }));
    expect(seat.sent).toEqual([]);
    // The problem goes where the request's results are said (the requests panel); focus to the box.
    expect(document.activeElement).toBe(box);
    await user.type(box, 'Dual criminality holds; the person is here.');
    await user.click(within(execute).getByRole('button', { name: t('ui.action.execute.submit') }));
    expect(seat.sent).toEqual([
      {
        type: 'executeRequest',
        requestId: received.id,
        reasoning: 'Dual criminality holds; the person is here.',
      },
    ]);
  });
});

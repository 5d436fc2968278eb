import type { Command } from '@crossborder/engine';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, type Game, tutorialDayOne, Wire } from '../test/fixtures.js';
import { instructorView } from './context.js';
import { ConsoleTestClient, InstructorWire, instructorSend } from './test-support.js';
import { WordsToRoom } from './words-to-room.js';

const tutorial = await bundled('tutorial');

function mountWords(game: Game) {
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view });
  const sent: Command[] = [];
  const decide = instructorSend(game);
  render(
    <WordsToRoom
      view={instructorView(client.signals.view, wire.view)}
      send={(command) => {
        sent.push(command);
        return decide(command);
      }}
    />,
  );
  return { sent };
}

const messageForm = () => screen.getByRole('form', { name: t('ui.words.message-title') });
const noteForm = () => screen.getByRole('form', { name: t('ui.words.note-title') });

describe('words to the room', () => {
  it('sends a message to the teams chosen: theirs to read, and no other team’s', async () => {
    const { game } = tutorialDayOne(tutorial);
    const aldoria = new Wire(game, 'aldoria');
    const borealis = new Wire(game, 'borealis');
    const { sent } = mountWords(game);
    const user = userEvent.setup();
    const form = within(messageForm());
    expect(screen.getByRole('heading', { level: 2, name: t('ui.words.title') })).toBeTruthy();
    await user.type(form.getByRole('textbox', { name: t('ui.words.text') }), 'Borealis: check your inbox.');
    await user.click(form.getByRole('radio', { name: t('ui.live.audience-chosen') }));
    await user.click(form.getByRole('checkbox', { name: 'Federation of Borealis' }));
    await user.click(form.getByRole('button', { name: t('ui.words.send') }));
    expect(sent).toEqual([{ type: 'sendMessage', text: 'Borealis: check your inbox.', to: ['borealis'] }]);
    expect(form.getByRole('status').textContent).toContain(t('ui.form.accepted'));
    expect(JSON.stringify(borealis.receive())).toContain('Borealis: check your inbox.');
    expect(JSON.stringify(aldoria.receive())).not.toContain('check your inbox');
  });

  it('to every team by default; nothing typed, nothing sent', async () => {
    const { game } = tutorialDayOne(tutorial);
    const { sent } = mountWords(game);
    const user = userEvent.setup();
    const form = within(messageForm());
    expect(form.getByRole('radio', { name: t('ui.live.audience-all') })).toHaveProperty('checked', true);
    await user.click(form.getByRole('button', { name: t('ui.words.send') }));
    expect(form.getByRole('alert').textContent).toContain(t('ui.words.need-text'));
    await user.type(form.getByRole('textbox', { name: t('ui.words.text') }), 'Break.');
    await user.click(form.getByRole('button', { name: t('ui.words.send') }));
    expect(sent).toEqual([{ type: 'sendMessage', text: 'Break.', to: 'all' }]);
  });

  it('pins a note at the game time, about a country if chosen, seen by no team', async () => {
    const { game } = tutorialDayOne(tutorial);
    const borealis = new Wire(game, 'borealis');
    const { sent } = mountWords(game);
    const user = userEvent.setup();
    const form = within(noteForm());
    await user.type(form.getByRole('textbox', { name: t('ui.words.note') }), 'Borealis hesitated.');
    await user.selectOptions(form.getByRole('combobox', { name: t('ui.words.about') }), 'borealis');
    await user.click(form.getByRole('button', { name: t('ui.words.pin') }));
    expect(sent).toEqual([{ type: 'addNote', text: 'Borealis hesitated.', country: 'borealis' }]);
    expect(Object.values(game.state.notes)).toEqual([
      { at: game.now, text: 'Borealis hesitated.', country: 'borealis' },
    ]);
    expect(JSON.stringify(borealis.receive())).not.toContain('hesitated');
  });
});

import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { BotThinkField, readBotThink } from './bot-think-field.js';

describe('the bots’ thinking time of a new session', () => {
  it('is a labelled text field described by its hint, and by its problem when there is one', async () => {
    const problem = signal<string | null>(null);
    render(<BotThinkField id="think" value={signal('2h')} problem={problem} />);
    const field = screen.getByRole('textbox', {
      name: t('ui.instructor.bot-think'),
      description: t('ui.instructor.bot-think-hint'),
    }) as HTMLInputElement;
    expect(field.value).toBe('2h');
    expect(field.name).toBe('botThink');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    problem.value = 'Not a time.';
    expect((await screen.findByRole('alert')).textContent).toBe('Not a time.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('think-hint think-problem');
  });

  it('is sent as written when it is a duration, left to the server when empty, and refused otherwise', () => {
    expect(readBotThink(' 45m ')).toEqual({ ok: true, botThink: '45m' });
    expect(readBotThink('0m')).toEqual({ ok: true, botThink: '0m' });
    expect(readBotThink('  ')).toEqual({ ok: true });
    for (const wrong of ['45', '2d', 'soon'])
      expect(readBotThink(wrong)).toEqual({
        ok: false,
        problem: t('ui.instructor.bot-think-invalid', { value: wrong }),
      });
  });
});

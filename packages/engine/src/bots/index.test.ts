import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/support.js';
import { createEngine } from '../engine.js';
import type { Command } from '../model/commands.js';
import type { CountryView } from '../view/types.js';
import { botCommands, commandKey } from './index.js';

describe('a bot does not repeat what the rules rejected', () => {
  it('leaves out a command whose key was rejected, and only that one', async () => {
    const engine = createEngine(await bundled('ransomware'));
    const state = engine.initialState();
    const country = engine.ctx.countries[0] as string;
    const view = engine.view(state, country) as CountryView;
    const commands = botCommands(view, 0);
    expect(commands.length).toBeGreaterThan(0);
    const [first, ...rest] = commands;
    const rejected = new Set([commandKey(first as (typeof commands)[number])]);
    expect(botCommands(view, 0, rejected)).toEqual(rest);
  });

  it('keys a command by what it asks, not by its wording or suggested deadline', () => {
    const ask: Command = {
      type: 'sendRequest',
      kind: 'preservation',
      to: 'borealis',
      caseId: 'case-1',
      offence: 'fraud',
      channel: '24-7-network',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: { facts: 'One wording' },
      urgent: true,
      suggestedDeadline: 100,
    };
    const reworded: Command = { ...ask, contents: { facts: 'Another wording' }, suggestedDeadline: 400 };
    expect(commandKey(reworded)).toBe(commandKey(ask));
    expect(commandKey({ ...ask, to: 'aldoria' } as Command)).not.toBe(commandKey(ask));
  });
});

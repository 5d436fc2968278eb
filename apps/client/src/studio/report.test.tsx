import type { Cause } from '@crossborder/engine';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Words } from '../instructor/words.js';
import { inlineAnalyst } from './analyst.js';
import type { PlayTest } from './draft.js';
import { BROKEN, lineOf, SLOW, TEMPLATE } from './fixtures.js';
import { PlayReport } from './report.js';

describe('the studio’s play-test report', () => {
  it('says the bots won, with each objective’s slack in game time and workshop minutes, linked to its line', async () => {
    const report = await inlineAnalyst().play(TEMPLATE);
    const onGo = vi.fn();
    render(<PlayReport report={report} onGo={onGo} />);
    expect(screen.getByRole('status').textContent).toBe('The bots won: 2 of 2 objectives met.');
    const [preserve, obtain] = within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    const preserveLine = lineOf(TEMPLATE, '  preserve-logs:');
    expect(preserve?.textContent).toBe(
      `Line ${preserveLine} “Preserve the hosting logs before they are deleted”: met Day 1, 02:00 (deadline Day 6, 00:00); slack 4d22h of game time, 15 minutes of the workshop.`,
    );
    expect(obtain?.textContent).toContain(
      '“Obtain the hosting logs by mutual legal assistance”: met Day 2, 14:00 (no deadline)',
    );
    await userEvent.click(screen.getByRole('button', { name: `Line ${preserveLine}` }));
    expect(onGo).toHaveBeenCalledWith(preserveLine);
    expect(
      screen.getByRole('heading', { name: /Critical path to the last objective met/ }).textContent,
    ).toContain('Obtain the hosting logs');
    const path = screen.getAllByRole('list')[1] as HTMLElement;
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual([
      'Day 1, 00:00: Westland knew of "Eastgate Hosting account logs" from the start',
      'Day 2, 14:00: Westland obtained "Eastgate Hosting account logs" (by request to Eastland: Mutual legal assistance: access to stored data)',
    ]);
  });

  it('says what was missed and why, going back along the chain', async () => {
    const report = await inlineAnalyst().play(SLOW);
    render(<PlayReport report={report} onGo={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('The bots did not win: 1 of 2 objectives met.');
    const missed = screen.getByText(
      /“Obtain the hosting logs by mutual legal assistance”: missed \(no deadline\)\./,
    );
    const item = missed.closest('li') as HTMLElement;
    expect(item.textContent).toContain('Why:');
    expect(item.textContent).toContain(
      'never came true: “Eastgate Hosting account logs” is obtained, by Westland',
    );
    expect(item.textContent).not.toMatch(/hosting-logs|westland/);
    expect(item.textContent).toContain(
      'a request (Mutual legal assistance: access to stored data, Westland to Eastland, sent Day 1, 02:00): being executed, due Day 11, 02:00',
    );
  });

  it('refuses to play a draft with errors, saying to fix them first', async () => {
    const report = await inlineAnalyst().play(BROKEN);
    render(<PlayReport report={report} onGo={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The draft has errors (1): the bots cannot play it. Fix the problems listed above first.',
    );
  });
});

const DAY = 24 * 60;

/** The draft's names, as the play-test gives them with its causes (which keep ids). */
const WORDS: Words = {
  names: {
    facts: {},
    evidence: { logs: 'The logs', bank: 'The bank records', mailbox: 'The mailbox' },
    suspects: { seller: 'Seller' },
    assets: {},
    providers: {},
    injects: { raid: 'Police raid the shop' },
    agreements: {},
  },
  briefing: { directory: { westland: { name: 'Westland' }, eastland: { name: 'Eastland' } } },
};

/** A report whose one objective was missed for `causes`, as the play-test gives it. */
function missedFor(causes: Cause[]): PlayTest {
  return {
    ok: true,
    won: false,
    speed: 480,
    endsAfter: 10 * DAY,
    countries: { westland: 'Westland', eastland: 'Eastland' },
    words: WORDS,
    objectives: [
      {
        id: 'catch',
        title: 'Catch the seller',
        line: 7,
        deadline: 2 * DAY,
        metAt: null,
        slack: null,
        causes,
      },
    ],
    path: null,
  };
}

/** The causes as the report lists them, each with the depth it is nested at. */
function causesShown(causes: Cause[]): string[] {
  render(<PlayReport report={missedFor(causes)} onGo={() => undefined} />);
  const top = document.querySelector('.studio-causes') as HTMLElement;
  const lines: string[] = [];
  const walk = (list: Element, depth: number) => {
    for (const item of list.children) {
      const own = [...item.childNodes]
        .filter((node) => node.nodeType === node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('');
      lines.push(`${'  '.repeat(depth)}${own}`);
      const inner = item.querySelector(':scope > ul');
      if (inner) walk(inner, depth + 1);
    }
  };
  walk(top, 0);
  return lines;
}

describe('why an objective was missed, cause by cause', () => {
  it('says the objective, its deadline and that nothing was met, with no critical path', () => {
    render(<PlayReport report={missedFor([{ kind: 'late', at: 3 * DAY }])} onGo={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('The bots did not win: 0 of 1 objective met.');
    expect(screen.getByText(/“Catch the seller”: missed \(deadline Day 3, 00:00\)\./)).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('met too late, or something it excludes happened', () => {
    expect(
      causesShown([
        { kind: 'late', at: 3 * DAY + 90 },
        { kind: 'happened', condition: { suspectTippedOff: 'seller' }, at: DAY },
      ]),
    ).toEqual([
      'it became true only Day 4, 01:30, after the deadline',
      'came true Day 2, 00:00, which this objective excludes: Seller is tipped off',
    ]);
  });

  it('all of several needed, any of several, nested under the condition that was not met', () => {
    expect(
      causesShown([
        {
          kind: 'not-met',
          condition: { suspectArrested: 'seller', by: 'westland' },
          causes: [
            {
              kind: 'all',
              causes: [
                { kind: 'late', at: 4 * DAY },
                { kind: 'any', causes: [{ kind: 'late', at: 5 * DAY }] },
              ],
            },
          ],
        },
      ]),
    ).toEqual([
      'never came true: Seller is arrested, by Westland',
      '  all of these were needed:',
      '    it became true only Day 5, 00:00, after the deadline',
      '    none of these happened:',
      '      it became true only Day 6, 00:00, after the deadline',
    ]);
  });

  it('a time window that never opened, or closed too soon', () => {
    expect(
      causesShown([
        { kind: 'window', condition: { evidenceObtained: 'logs' }, opened: null, within: DAY, causes: [] },
        { kind: 'window', condition: { evidenceObtained: 'logs' }, opened: 90, within: 36 * 60, causes: [] },
      ]),
    ).toEqual([
      'its time window never opened: what it starts from never happened',
      'not within 1d12h of Day 1, 01:30, when its window opened',
    ]);
  });

  it('evidence lost to its retention period or deleted by an inject, with or without a time', () => {
    expect(
      causesShown([
        { kind: 'lost', evidence: 'logs', at: 2 * DAY, reason: 'retention' },
        { kind: 'lost', evidence: 'mailbox', at: null, reason: 'deleted' },
      ]),
    ).toEqual([
      'The logs was lost (Day 3, 00:00): its retention period ran out before anyone preserved it',
      'The mailbox was lost (—): deleted by an inject',
    ]);
  });

  it('a lead nobody learned of, with what would have revealed it, and one nobody asked for', () => {
    expect(
      causesShown([
        {
          kind: 'unrevealed',
          subject: 'seller',
          revealedBy: [
            { kind: 'evidence', id: 'logs' },
            { kind: 'evidence', id: 'bank' },
            { kind: 'inject', id: 'raid' },
          ],
          causes: [{ kind: 'unrevealed', subject: 'logs', revealedBy: [], causes: [] }],
        },
        { kind: 'not-requested', subject: 'bank', knownBy: ['westland', 'eastland'] },
      ]),
    ).toEqual([
      'lead never revealed: nobody who needed it learned of Seller; it is revealed by The logs, The bank records, the news “Police raid the shop”',
      '  lead never revealed: nobody who needed it learned of The logs; nothing in the scenario reveals it',
      'nobody asked for The bank records, though Westland, Eastland knew of it',
    ]);
  });

  it('a request still running, due or not, and one refused on its ground, by kind and status in words', () => {
    const request = {
      kind: 'request',
      requestKind: 'stored-data',
      from: 'westland',
      to: 'eastland',
      sentAt: 120,
      ground: null,
    } as const;
    expect(
      causesShown([
        { ...request, status: 'executing', dueAt: 11 * DAY + 120 },
        { ...request, status: 'received', dueAt: null },
        { ...request, status: 'refused', ground: 'no-dual-criminality', dueAt: null },
      ]),
    ).toEqual([
      'a request (Mutual legal assistance: access to stored data, Westland to Eastland, sent Day 1, 02:00): being executed, due Day 12, 02:00',
      'a request (Mutual legal assistance: access to stored data, Westland to Eastland, sent Day 1, 02:00): received',
      'a request (Mutual legal assistance: access to stored data, Westland to Eastland, sent Day 1, 02:00): refused (ground: No dual criminality)',
    ]);
  });

  it('a bot’s command the rules rejected, with the ruling in the catalogue’s words and its rule’s title', () => {
    expect(
      causesShown([
        {
          kind: 'rejected',
          at: 60,
          country: 'westland',
          command: 'send-request',
          code: 'request.diplomatic-required',
          params: { to: 'Eastland' },
          ruleId: 'channel.diplomatic-required',
        },
        {
          kind: 'rejected',
          at: 60,
          country: 'atlantis',
          command: 'send-request',
          code: 'request.diplomatic-required',
          params: { to: 'Eastland' },
          ruleId: null,
        },
      ]),
    ).toEqual([
      'what Westland tried was refused Day 1, 01:00: Eastland receives mutual legal assistance requests only through diplomatic channels. (rule: Diplomatic channel where required)',
      'what atlantis tried was refused Day 1, 01:00: Eastland receives mutual legal assistance requests only through diplomatic channels.',
    ]);
  });
});

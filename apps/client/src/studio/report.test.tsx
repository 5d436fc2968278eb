import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { inlineAnalyst } from './analyst.js';
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
    expect(item.textContent).toContain('evidenceObtained: hosting-logs (by westland) never became true');
    expect(item.textContent).toMatch(
      /a request \(.+, Westland to Eastland, sent Day 1, 02:00\): executing, due Day 11, 02:00/,
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

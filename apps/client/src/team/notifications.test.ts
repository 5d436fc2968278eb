import { describe, expect, it } from 'vitest';
import { bundled, DAY, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { deadlinesOf, noticesBetween } from './notifications.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

describe('notifications', () => {
  it('announce a request arriving at the requested State, and not at the sender', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const borealisBefore = game.view('borealis');
    const aldoriaBefore = game.view('aldoria');
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const toBorealis = noticesBetween(borealisBefore, game.view('borealis'), game.now);
    expect(toBorealis.filter((notice) => notice.kind === 'arrival')).toHaveLength(1);
    expect(toBorealis[0]?.text).toMatch(/Aldoria/);
    const toAldoria = noticesBetween(aldoriaBefore, game.view('aldoria'), game.now);
    expect(toAldoria.filter((notice) => notice.kind === 'arrival')).toHaveLength(0);
  });

  it('warn when evidence will be deleted within 24 hours, then within 6 hours, once each', () => {
    const { game } = tutorialDayOne(tutorial);
    const view = game.view('aldoria');
    const logs = deadlinesOf(view).find((deadline) => deadline.key === 'evidence:hosting-logs');
    expect(logs).toBeDefined();
    const at = logs?.at ?? 0;
    const far = noticesBetween(view, view, at - 3 * DAY).filter((notice) =>
      notice.key.includes('hosting-logs'),
    );
    expect(far).toEqual([]);
    const day = noticesBetween(view, view, at - 20 * HOUR).filter((notice) =>
      notice.key.includes('hosting-logs'),
    );
    expect(day.map((notice) => notice.key)).toEqual([`deadline:evidence:hosting-logs:${24 * HOUR}`]);
    expect(day[0]?.urgent).toBe(false);
    const close = noticesBetween(view, view, at - 5 * HOUR).filter((notice) =>
      notice.key.includes('hosting-logs'),
    );
    expect(close.map((notice) => notice.key)).toEqual([`deadline:evidence:hosting-logs:${6 * HOUR}`]);
    expect(close[0]?.urgent).toBe(true);
    expect(close[0]?.text).toMatch(/5h/);
  });

  it('say when evidence is lost and an inject happens', () => {
    const { game } = tutorialDayOne(tutorial);
    const before = game.view('aldoria');
    game.at(8 * DAY);
    const kinds = noticesBetween(before, game.view('aldoria'), game.now).map((notice) => notice.kind);
    expect(kinds).toContain('lost');
    expect(kinds).toContain('inject');
  });

  it('say why unpreserved evidence was lost, under which rule and article, and what would have kept it', () => {
    const { game } = tutorialDayOne(tutorial);
    const before = game.view('aldoria');
    game.at(8 * DAY);
    const lost = noticesBetween(before, game.view('aldoria'), game.now).find(
      (notice) => notice.key === 'lost:hosting-logs',
    );
    expect(lost?.text).toContain('Northwind Hosting');
    expect(lost?.text).toContain('rule data.lost-after-retention, Arts 25 (model: BC 16), 42');
    expect(lost?.text).toContain('A preservation request to Borealis in time (Art. 42)');
    expect(lost?.text).not.toMatch(/\{\w+\}/);
  });
});

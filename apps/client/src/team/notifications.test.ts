import { INSTRUCTOR } from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { ruleText } from '../rule-text.js';
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
    // The rule by its title, never its id.
    expect(lost?.text).toContain(
      `rule ${ruleText('data.lost-after-retention', 'title')}, Arts 25 (model: BC 16), 42`,
    );
    expect(lost?.text).not.toContain('data.lost-after-retention');
    expect(lost?.text).toContain('A preservation request to Borealis in time (Art. 42)');
    expect(lost?.text).not.toMatch(/\{\w+\}/);
  });

  it('tell the requesting State its request was answered, or that conditions are offered, and open it', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    let before = game.view('aldoria');
    game.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Police use only'] });
    const offered = noticesBetween(before, game.view('aldoria'), game.now);
    expect(offered.map((notice) => [notice.kind, notice.target])).toEqual([
      ['conditions', { tab: 'requests', request: id, form: `accept-conditions-${id}` }],
    ]);
    expect(offered[0]?.text).toContain('Borealis');
    expect(offered[0]?.text).not.toContain(id);
    game.do('aldoria', { type: 'answerConditions', requestId: id, accept: true });
    before = game.view('aldoria');
    game.do('borealis', { type: 'executeRequest', requestId: id });
    const answered = noticesBetween(before, game.view('aldoria'), game.now);
    expect(answered.map((notice) => notice.kind)).toEqual(['answer']);
    expect(answered[0]?.text).toContain('being executed');
    expect(answered[0]?.target).toEqual({ tab: 'requests', request: id });
  });

  it('tell a country written to in a consultation, or proposed an agreement, and not the one who wrote', () => {
    const { game } = tutorialDayOne(tutorial);
    const borealis = game.view('borealis');
    const aldoria = game.view('aldoria');
    game.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'parallel-proceedings',
      message: 'Shall we agree who leads?',
    });
    const consultation = Object.keys(game.view('aldoria').consultations)[0] ?? '';
    const told = noticesBetween(borealis, game.view('borealis'), game.now);
    expect(told.map((notice) => [notice.kind, notice.target])).toEqual([
      ['consultation', { tab: 'jurisdiction', form: `message-${consultation}` }],
    ]);
    expect(noticesBetween(aldoria, game.view('aldoria'), game.now)).toEqual([]);
    const before = game.view('borealis');
    game.do('aldoria', {
      type: 'proposeAgreement',
      consultationId: consultation,
      kind: 'lead-jurisdiction',
      lead: 'aldoria',
      offence: 'credential-phishing',
      text: '',
    });
    const agreement = Object.keys(game.view('aldoria').agreements)[0] ?? '';
    const proposed = noticesBetween(before, game.view('borealis'), game.now);
    expect(proposed.map((notice) => [notice.kind, notice.target])).toEqual([
      ['agreement', { tab: 'jurisdiction', form: `accept-${agreement}` }],
    ]);
  });

  it('tell the team evidence is in its hands, and an objective met', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    game.do('borealis', { type: 'executeRequest', requestId: id });
    game.at(game.now + DAY);
    game.do('aldoria', {
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
    });
    game.at(game.now + DAY);
    const mla = Object.values(game.view('borealis').requests).find(
      (request) => request.kind === 'stored-data',
    );
    game.do('borealis', { type: 'executeRequest', requestId: mla?.id ?? '' });
    const before = game.view('aldoria');
    game.at(game.now + 4 * DAY);
    const notices = noticesBetween(before, game.view('aldoria'), game.now);
    const arrived = notices.find((notice) => notice.key === 'evidence:hosting-logs');
    expect(arrived?.kind).toBe('evidence');
    expect(arrived?.target).toEqual({ tab: 'casefile' });
    expect(notices.map((notice) => notice.kind)).toContain('objective');
  });

  it('name a request by its kind, the other country and when it was sent, never by its id', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.do('aldoria', {
      type: 'queryProgress',
      requestId: Object.keys(game.view('aldoria').requests)[0] ?? '',
    });
    for (const country of ['aldoria', 'borealis'])
      for (const deadline of deadlinesOf(game.view(country))) expect(deadline.what).not.toMatch(/req-\d/);
    const progress = deadlinesOf(game.view('borealis')).find((deadline) =>
      deadline.key.startsWith('progress:'),
    );
    expect(progress?.what).toContain('request from Aldoria, sent Day 2');
  });

  it('announce the instructor’s message to the teams it is for, in its words, and to no other', () => {
    const { game } = tutorialDayOne(tutorial);
    const aldoria = game.view('aldoria');
    const borealis = game.view('borealis');
    game.do(INSTRUCTOR, { type: 'sendMessage', text: 'Borealis, your inbox.', to: ['borealis'] });
    const told = noticesBetween(borealis, game.view('borealis'), game.now);
    expect(told.map((notice) => [notice.kind, notice.text])).toEqual([
      ['message', t('ui.notice.message', { text: 'Borealis, your inbox.' })],
    ]);
    expect(noticesBetween(aldoria, game.view('aldoria'), game.now)).toEqual([]);
  });
});

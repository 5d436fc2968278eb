import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { requestAbout } from './about.js';
import { movesOf } from './moves.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

/** The tutorial a day in, with Aldoria's preservation request received by Borealis. */
function received() {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', preservationOfHostingLogs(caseId));
  const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
  return { game, caseId, id };
}

const kinds = (moves: ReturnType<typeof movesOf>) => moves.map((move) => move.kind);

describe('your move', () => {
  it('is nothing while nothing waits for the team', () => {
    const { game } = tutorialDayOne(tutorial);
    expect(movesOf(game.view('borealis'), game.now)).toEqual([]);
  });

  it('asks the requested State to answer a request received, and opens that request', () => {
    const { game, id } = received();
    const view = game.view('borealis');
    const request = view.requests[id];
    if (!request) throw new Error('no request');
    const [answer] = movesOf(view, game.now);
    expect(answer).toEqual({
      key: `answer:${id}`,
      kind: 'answer',
      text: t('ui.move.answer', { request: requestAbout(view, request) }),
      at: null,
      // Waiting since it arrived (the instructor's console says for how long).
      since: request.receivedAt,
      target: { tab: 'requests', request: id },
    });
    // Said as a person knows the request: its kind, the other country, when it was sent.
    expect(answer?.text).toContain('from Aldoria');
    expect(answer?.text).not.toContain(id);
    // Not the requesting State's move.
    expect(kinds(movesOf(game.view('aldoria'), game.now))).not.toContain('answer');
  });

  it('asks the requesting State to accept or decline conditions offered, then no more', () => {
    const { game, id } = received();
    game.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Police use only'] });
    const [conditions] = movesOf(game.view('aldoria'), game.now).filter((move) => move.kind === 'conditions');
    expect(conditions?.target).toEqual({ tab: 'requests', request: id, form: `accept-conditions-${id}` });
    expect(conditions?.text).toContain('Borealis');
    game.do('aldoria', { type: 'answerConditions', requestId: id, accept: true });
    expect(kinds(movesOf(game.view('aldoria'), game.now))).not.toContain('conditions');
  });

  it('asks the requesting State for the information asked of it', () => {
    const { game, id } = received();
    game.do('borealis', { type: 'askMoreInformation', requestId: id, questions: 'Which accounts?' });
    const moves = movesOf(game.view('aldoria'), game.now);
    expect(moves.find((move) => move.kind === 'information')?.target).toEqual({
      tab: 'requests',
      request: id,
      form: `provide-${id}`,
    });
  });

  it('asks for an answer to a progress query, with its deadline said once', () => {
    const { game, id } = received();
    game.do('borealis', { type: 'executeRequest', requestId: id });
    game.do('aldoria', { type: 'queryProgress', requestId: id });
    const view = game.view('borealis');
    const due = view.requests[id]?.progressQueries[0]?.dueAt ?? 0;
    // Within a day of its deadline: still one move, the query's, with its time.
    const moves = movesOf(view, due - HOUR).filter((move) => move.target.request === id);
    expect(moves.map((move) => [move.kind, move.at, move.target.form])).toEqual([
      ['progress', due, `progress-${id}`],
    ]);
  });

  it('asks for a reply in a consultation whose last word is another country’s, where the request is', () => {
    const { game, id } = received();
    game.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'request',
      request: id,
      message: 'Can you preserve it today?',
    });
    const consultation = Object.values(game.view('borealis').consultations)[0];
    if (!consultation) throw new Error('no consultation');
    const reply = movesOf(game.view('borealis'), game.now).find((move) => move.kind === 'consultation');
    expect(reply?.target).toEqual({ tab: 'requests', request: id, form: `message-${consultation.id}` });
    expect(reply?.text).toContain('Aldoria');
    // Aldoria spoke last: it waits, it has nothing to do.
    expect(kinds(movesOf(game.view('aldoria'), game.now))).not.toContain('consultation');
    game.do('borealis', { type: 'sendConsultationMessage', consultationId: consultation.id, text: 'Yes.' });
    expect(kinds(movesOf(game.view('borealis'), game.now))).not.toContain('consultation');
    expect(kinds(movesOf(game.view('aldoria'), game.now))).toContain('consultation');
  });

  it('asks a party to sign or reject an agreement proposed to it', () => {
    const { game } = tutorialDayOne(tutorial);
    game.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'parallel-proceedings',
      message: 'Shall we agree who leads?',
    });
    const consultation = Object.values(game.view('aldoria').consultations)[0];
    if (!consultation) throw new Error('no consultation');
    game.do('aldoria', {
      type: 'proposeAgreement',
      consultationId: consultation.id,
      kind: 'lead-jurisdiction',
      lead: 'aldoria',
      offence: 'credential-phishing',
      text: '',
    });
    const agreement = Object.values(game.view('borealis').agreements)[0];
    const sign = movesOf(game.view('borealis'), game.now).find((move) => move.kind === 'agreement');
    expect(sign?.target).toEqual({ tab: 'jurisdiction', form: `accept-${agreement?.id}` });
    // The one who proposed it has signed it already.
    expect(kinds(movesOf(game.view('aldoria'), game.now))).not.toContain('agreement');
    game.do('borealis', { type: 'answerAgreement', agreementId: agreement?.id ?? '', accept: true });
    expect(kinds(movesOf(game.view('borealis'), game.now))).not.toContain('agreement');
  });

  it('lists what falls due within the next game day, soonest first, and not before', () => {
    const { game } = tutorialDayOne(tutorial);
    const view = game.view('aldoria');
    const expires = view.evidence['hosting-logs']?.expiresAt ?? 0;
    const deadline = (now: number) =>
      movesOf(view, now).filter((move) => move.key === 'deadline:evidence:hosting-logs');
    expect(deadline(expires - DAY - HOUR)).toEqual([]);
    const [logs] = deadline(expires - 20 * HOUR);
    expect(logs?.target).toEqual({ tab: 'casefile' });
    expect(logs?.at).toBe(expires);
    expect(logs?.text).toContain('Northwind Hosting');
    expect(deadline(expires + 1)).toEqual([]);
    const all = movesOf(view, expires - 20 * HOUR);
    const times = all.map((move) => move.at ?? Number.POSITIVE_INFINITY);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('puts what falls due first, soonest first, before what has no deadline', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const [first, second] = Object.keys(game.view('borealis').requests);
    game.do('borealis', { type: 'executeRequest', requestId: second ?? '' });
    game.do('aldoria', { type: 'queryProgress', requestId: second ?? '' });
    const moves = movesOf(game.view('borealis'), game.now);
    expect(moves.map((move) => move.key)).toEqual([`progress:${second}`, `answer:${first}`]);
  });
});

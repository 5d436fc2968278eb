import { type BoardView, OBSERVER } from '@crossborder/engine';
import { REQUEST_KIND_IDS } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import {
  bundled,
  DAY,
  Game,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { boardModel, circleLayout } from './model.js';

const tutorial = await bundled('tutorial');

describe('the board model', () => {
  it('places countries where the scenario says, with their colours and local times', () => {
    const game = new Game(tutorial);
    const model = boardModel(game.view('aldoria'), 0);
    expect(model.countries.map((country) => country.id)).toEqual(['aldoria', 'borealis']);
    // Two countries: stretched to the board's corners, Aldoria to the left and lower, as drawn.
    expect(model.countries[0]).toMatchObject({ x: 0, y: 1, color: '#2b6cb0' });
    expect(model.countries[1]).toMatchObject({ x: 1, y: 0 });
    // 08:00 UTC is 09:00 in Aldoria (UTC+1) and 17:00 in Borealis (UTC+9).
    expect(model.countries[0]?.localTime).toMatch(/09:00/);
    expect(model.countries[1]?.localTime).toMatch(/17:00/);
  });

  it('lays countries out on a circle when the scenario gives no positions', () => {
    const points = [0, 1, 2, 3].map((index) => circleLayout(4, index));
    for (const point of points) expect(Math.hypot(point.x - 0.5, point.y - 0.5)).toBeCloseTo(0.36);
    expect(new Set(points.map((point) => `${point.x.toFixed(2)},${point.y.toFixed(2)}`)).size).toBe(4);
  });

  it('shows evidence with the share of its life left, and requests as tokens', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const model = boardModel(game.view('aldoria'), DAY);
    const logs = model.evidence.find((item) => item.id === 'hosting-logs');
    expect(logs?.country).toBe('borealis');
    expect(logs?.left).toBeGreaterThan(0);
    expect(logs?.left).toBeLessThan(0.5);
    expect(model.tokens).toEqual([]);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const [token] = boardModel(game.view('aldoria'), DAY).tokens;
    // The 24/7 network delivers at once: the token has arrived.
    expect(token).toMatchObject({
      kind: 'preservation',
      from: 'aldoria',
      to: 'borealis',
      status: 'received',
      progress: 1,
    });
    expect(token?.shape).toBe('circle');
  });

  it('shapes every kind of request as its spec says: circle, triangle, diamond, square for the rest', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const view = game.view('aldoria');
    if (view.role !== 'country') throw new Error('a country view');
    const [sent] = Object.values(view.requests);
    if (!sent) throw new Error('a request');
    const requests = Object.fromEntries(REQUEST_KIND_IDS.map((kind) => [kind, { ...sent, id: kind, kind }]));
    const shapes = Object.fromEntries(
      boardModel({ ...view, requests }, DAY).tokens.map((token) => [token.kind, token.shape]),
    );
    expect(shapes).toEqual({
      preservation: 'circle',
      'traffic-disclosure': 'circle',
      'stored-data': 'square',
      'real-time-traffic': 'triangle',
      interception: 'triangle',
      mla: 'square',
      extradition: 'diamond',
      'provisional-arrest': 'diamond',
      'asset-freeze': 'diamond',
      confiscation: 'diamond',
      'police-cooperation': 'triangle',
      'video-hearing': 'square',
      'detainee-transfer': 'square',
    });
  });

  it('on the projector, a request moves on its way and data every team knows counts down', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const projector = () => game.engine.view(game.state, OBSERVER) as BoardView;
    // Only Aldoria knows of the logs yet: the room is not told.
    expect(boardModel(projector(), DAY).evidence).toEqual([]);
    game.do('aldoria', thinMlaForHostingLogs(caseId));
    const sent = Object.values(game.view('aldoria').requests)[0];
    if (!sent || sent.receivedAt <= sent.sentAt) throw new Error('a request by post takes time to arrive');
    const halfway = (sent.sentAt + sent.receivedAt) / 2;
    expect(boardModel(projector(), halfway).tokens[0]).toMatchObject({ status: 'in-transit', progress: 0.5 });

    const shared = structuredClone(tutorial);
    const logs = shared.case.evidence['hosting-logs'];
    if (logs) logs.knownBy = ['aldoria', 'borealis'];
    const room = new Game(shared);
    const [item] = boardModel(room.engine.view(room.state, OBSERVER) as BoardView, 3 * DAY).evidence;
    expect(item).toMatchObject({ id: 'hosting-logs', country: 'borealis', lost: false, preserved: false });
    expect(item?.left).toBeGreaterThan(0);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type ClockState,
  CreateSessionRequest,
  CreateSessionResponse,
  type ErrorBody,
  HttpError,
  readAnswer,
  ScenarioList,
  type ScenarioListEntry,
  type SeatsInfo,
  SessionDoor,
  type SessionInfo,
  SessionList,
  type SessionListEntry,
} from './index.js';

/** The HTTP shapes: defined once, for the server's answers and the client's reading of them. */
const info: SessionInfo = {
  id: 's-1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: 'Tutorial',
  status: 'open',
};
const clock: ClockState = { mode: 'realtime', running: false, speed: 960, game: 0, wall: 1, roundLength: 60 };
const seats: SeatsInfo = {
  countries: { aldoria: { bot: false, locked: true, team: 'Table 1', online: 2 } },
  observersSeeAll: false,
};

describe('the HTTP shapes', () => {
  it('are the interfaces the socket messages use, not copies of them', () => {
    expectTypeOf<SessionListEntry['clock']>().toEqualTypeOf<ClockState>();
    expectTypeOf<SessionListEntry['seats']>().toEqualTypeOf<SeatsInfo>();
    expectTypeOf<z.infer<typeof CreateSessionResponse>['session']>().toEqualTypeOf<SessionInfo>();
    expectTypeOf<
      Omit<SessionListEntry, 'createdAt' | 'clock' | 'seats' | 'events'>
    >().toEqualTypeOf<SessionInfo>();
    expectTypeOf<Omit<HttpError['error'], 'issues'>>().toEqualTypeOf<ErrorBody>();
  });

  it('read the answers the server sends', () => {
    const scenarios: ScenarioListEntry[] = [
      {
        file: 'tutorial.yaml',
        id: 'tutorial',
        title: 'Tutorial',
        summary: 'Two countries',
        countries: [{ id: 'aldoria', name: 'Republic of Aldoria' }],
        valid: true,
        issues: [],
      },
      {
        file: 'broken.yaml',
        id: null,
        title: null,
        summary: null,
        countries: [],
        valid: false,
        issues: ['broken.yaml:1:1 id: required'],
      },
    ];
    expect(ScenarioList.parse(scenarios)).toEqual(scenarios);
    const sessions = [{ ...info, createdAt: 5, clock, seats, events: 12 }];
    expect(SessionList.parse(sessions)).toEqual(sessions);
    const created = { session: info, links: { aldoria: '/join/K7PQ2M/aldoria' }, observer: '/watch/K7PQ2M' };
    expect(CreateSessionResponse.parse(created)).toEqual(created);
    const door = {
      title: 'Tutorial',
      status: 'ended',
      countries: { aldoria: { name: 'Aldoria', color: '#2b6cb0', taken: true, locked: false } },
    };
    expect(SessionDoor.parse(door)).toEqual(door);
    const refused = {
      error: { code: 'invalid-scenario', message: 'This scenario has errors.', params: {}, issues: ['x'] },
    };
    expect(HttpError.parse(refused)).toEqual(refused);
  });

  it('hold the body of a new session to the letter: a known scenario or a source, and the clock', () => {
    expect(CreateSessionRequest.safeParse({ scenario: 'tutorial', clock: 'rounds' }).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ source: 'id: x' }).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ scenario: 'tutorial', speed: 60 }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ scenario: '' }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ scenario: 'x'.repeat(65) }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ clock: 'fast' }).success).toBe(false);
  });
});

describe('an answer read with its schema', () => {
  it('is the value, without keys the contract does not name', () => {
    const answer = readAnswer(SessionDoor, {
      title: 'Tutorial',
      status: 'open',
      countries: {},
      secret: 'not for the join page',
    });
    expect(answer).toEqual({ ok: true, value: { title: 'Tutorial', status: 'open', countries: {} } });
  });

  it('says where and how a malformed one differs from the contract', () => {
    const answer = readAnswer(ScenarioList, [
      { file: 'a.yaml', id: 'a', title: 'A', summary: null, countries: 'aldoria', valid: true, issues: [] },
    ]);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.path).toBe('0.countries');
    expect(answer.problem).toMatch(/array/);
    expect(readAnswer(SessionList, { error: 'no' })).toMatchObject({ ok: false, path: '' });
  });
});

import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { fixture, start } from '../../test/rules/setup.js';
import { DAY, Play, SAFEGUARDS } from '../../test/support.js';
import { INSTRUCTOR, OBSERVER } from '../model/ids.js';
import type { InstructorView, ObserverView } from './types.js';

/** The rules fixture with Kestrel Net's logs (held in Borealis, deleted on day 6 unless preserved) known to `countries`. */
function logsKnownTo(countries: string[]): Scenario {
  const scenario = structuredClone(fixture);
  const logs = scenario.case.evidence['logs-b'];
  if (!logs) throw new Error('the fixture has the logs');
  logs.knownBy = countries;
  logs.expiresAfter = 6 * DAY;
  return scenario;
}

const observer = (play: Play) => play.engine.view(play.state, OBSERVER) as ObserverView;
const instructor = (play: Play) => play.engine.view(play.state, INSTRUCTOR) as InstructorView;

describe('evidence at risk on the projector and the console', () => {
  it('the projector counts down only data every country already knows; the instructor sees it all', () => {
    const secret = new Play(logsKnownTo(['aldoria', 'borealis']));
    expect(observer(secret).atRisk['logs-b']).toBeUndefined();
    expect(instructor(secret).atRisk['logs-b']).toEqual({
      title: 'Kestrel Net connection logs',
      country: 'borealis',
      until: 6 * DAY,
      preserved: false,
      lostAt: null,
    });

    const shared = new Play(logsKnownTo(['aldoria', 'borealis', 'caldera']));
    expect(observer(shared).atRisk['logs-b']).toMatchObject({
      title: 'Kestrel Net connection logs',
      until: 6 * DAY,
    });
  });

  it('a preservation moves the countdown to its end, and lost data shows when it was lost', () => {
    const play = new Play(logsKnownTo(['aldoria', 'borealis', 'caldera']));
    play.do('borealis', { type: 'openCase', title: 'Own', offences: ['intrusion'] });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'preservation-order',
      target: { evidence: 'logs-b' },
      safeguards: SAFEGUARDS,
      durationDays: 90,
    });
    // The order takes effect once the measure is carried out (engine/law/timing.ts), then runs 90 days.
    play.at(2 * DAY);
    const preserved = observer(play).atRisk['logs-b'];
    expect(preserved?.preserved).toBe(true);
    expect(preserved?.until).toBeGreaterThan(90 * DAY);
    expect(preserved?.until).toBeLessThanOrEqual(92 * DAY);

    const lost = new Play(logsKnownTo(['aldoria', 'borealis', 'caldera'])).at(7 * DAY);
    expect(observer(lost).atRisk['logs-b']).toMatchObject({ until: null, lostAt: 6 * DAY, preserved: false });
  });

  it('devices and data kept with no end are not listed', () => {
    const view = instructor(new Play(logsKnownTo(['aldoria'])));
    for (const [id, item] of Object.entries(fixture.case.evidence)) {
      if (item.kind === 'device') expect(view.atRisk[id]).toBeUndefined();
    }
    expect(Object.values(view.atRisk).every((item) => item.until !== null || item.lostAt !== null)).toBe(
      true,
    );
  });

  it('the projector sees when a request arrives and by when it was asked, not what it says', () => {
    const { play, request, send } = start();
    const id = send(request());
    const shown = observer(play).requests[id];
    const sent = play.state.requests[id];
    expect(shown).toEqual({
      id,
      kind: 'stored-data',
      from: 'aldoria',
      to: 'borealis',
      status: sent?.status,
      sentAt: sent?.sentAt,
      receivedAt: sent?.receivedAt,
      statusAt: sent?.statusAt,
      dueAt: null,
      suggestedDeadline: 5 * DAY,
      channel: 'central-authority',
    });
    expect(JSON.stringify(observer(play))).not.toContain('The provider deletes the logs');
  });
});

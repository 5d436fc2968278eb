import type { Scenario } from '@crossborder/scenario';
import { fixture, start, teach } from './rules/setup.js';

/** The fixture with a coordination body of Aldoria and Borealis (Caldera stays out) and plans. */
export function withBody(): Scenario {
  const scenario = structuredClone(fixture);
  scenario.case.coordinationBody = {
    name: 'Eurojunction',
    description: 'The regional agency.',
    members: ['aldoria', 'borealis'],
  };
  scenario.case.agreements = {
    team: {
      kind: 'joint-investigation-team',
      title: 'Team Kestrel',
      members: ['aldoria', 'borealis'],
      when: { evidenceObtained: 'logs-b' },
    },
    day: { kind: 'action-day', title: 'Action day Kestrel', members: ['aldoria', 'borealis'] },
  };
  scenario.objectives = {
    ...scenario.objectives,
    signed: { title: 'Sign the team', for: 'all', when: { agreementSigned: 'team' }, points: 5 },
  };
  return scenario;
}

/** Borealis with a case open, knowing who and where Vex is and of his laptop. */
export function borealisReady(scenario: Scenario = withBody()) {
  const setup = start(scenario);
  const { play } = setup;
  play.do('borealis', { type: 'openCase', title: 'Kestrel', offences: ['intrusion'] });
  const borealisCase = play.lastId('CaseOpened');
  teach(play, 'borealis', { identity: ['vex'], location: { vex: 'borealis' }, evidence: ['laptop'] });
  return { ...setup, borealisCase };
}

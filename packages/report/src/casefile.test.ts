import { fileURLToPath } from 'node:url';
import { type Command, createEngine, type Event, simulate } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { renderCaseFile } from './casefile.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
async function bundled(name: string) {
  const { scenario } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(`the ${name} scenario loads`);
  return scenario;
}
const ransomware = await bundled('ransomware');

function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_whole, code: string) => String.fromCharCode(Number(code)));
}

/** The bots' game, where Veltria's team wrote its reasoning and its request in its own words. */
function writtenGame(): Event[] {
  const events: Event[] = structuredClone(simulate(ransomware).events);
  const claim = events.find(
    (event) => event.type === 'JurisdictionClaimed' && event.claim.country === 'veltria',
  );
  if (claim?.type !== 'JurisdictionClaimed') throw new Error('Veltria claims jurisdiction');
  claim.claim.reasoning = 'Our hospital, our <b>Marlow doctrine</b> patients.';
  const sent = events.find(
    (event) =>
      event.type === 'RequestSent' && event.request.from === 'veltria' && event.request.to === 'lorvane',
  );
  if (sent?.type !== 'RequestSent') throw new Error('Veltria asks Lorvane');
  const [first] = Object.keys(sent.request.contents);
  if (!first) throw new Error('the request has contents');
  sent.request.contents[first] = 'Our informant <script>x</script> names the portal';
  return events;
}

const session = { code: 'T3ST01' };

describe('a team’s case file', () => {
  const events = writtenGame();
  const veltria = renderCaseFile({
    scenario: ransomware,
    events,
    country: 'veltria',
    session,
    team: 'Table 2',
  });

  it('holds its requests with their contents, the answers, its reasoning and its evidence chain', () => {
    const text = textOf(veltria);
    expect(text).toContain('Case file of Veltria');
    expect(text).toContain('Table 2');
    expect(text).toContain('Requests sent');
    expect(text).toContain('Our informant <script>x</script> names the portal');
    expect(text).toContain('Our hospital, our <b>Marlow doctrine</b> patients.');
    expect(text).toContain('The evidence and how it was obtained');
    // Veltria obtained the exchange records through a request: the chain says so, with the answer.
    expect(text).toContain('Qamar Digital Exchange account and identity records');
    expect(text).toMatch(/Obtained: [^.]*Qamar Digital Exchange account and identity records/);
    expect(text).toMatch(/through request “[^”]*request to Sahrun, sent Day \d+, \d\d:\d\d”/);
    // A request is named as the team knows it, never by its id.
    expect(text).not.toMatch(/\breq-\d+/);
  });

  it('escapes what the team typed, and is a self-contained page without script', () => {
    expect(veltria).not.toMatch(/<script|<b>Marlow|<img|<iframe|<link|src="http|href="http/);
    expect(veltria).toContain('&#60;script&#62;x&#60;/script&#62;');
    expect(veltria).toMatch(/@media print/);
  });

  it('holds nothing of another team’s: Lorvane’s case file has Veltria’s request but not its claim’s reasoning', () => {
    const lorvane = textOf(renderCaseFile({ scenario: ransomware, events, country: 'lorvane', session }));
    // The request was sent to Lorvane: it is in Lorvane's record as received.
    expect(lorvane).toContain('Our informant <script>x</script> names the portal');
    expect(lorvane).not.toContain('Marlow doctrine');
    const sahrun = textOf(renderCaseFile({ scenario: ransomware, events, country: 'sahrun', session }));
    expect(sahrun).not.toContain('Our informant');
    expect(sahrun).not.toContain('Marlow doctrine');
  });
});

/** Botnet: an action day agreed under Eurojunction for Day 11, 20:00, and Veldmark's order held until then. */
function actionDayGame(): Event[] {
  const engine = createEngine(botnet);
  const state = engine.initialState();
  const events: Event[] = [];
  const act = (country: string, command: Command, now = 60) => {
    const result = engine.act(state, country, command, now);
    if (result.rejection) throw new Error(`${command.type}: ${result.rejection.code}`);
    events.push(...result.events);
  };
  act('lazuria', {
    type: 'openConsultation',
    with: ['veldmark', 'ostmere'],
    topic: 'coordination-meeting',
    message: 'One hour for everyone?',
  });
  const consultationId = Object.keys(state.consultations)[0] ?? '';
  const members = ['lazuria', 'veldmark', 'ostmere'];
  act('lazuria', {
    type: 'proposeAgreement',
    consultationId,
    kind: 'action-day',
    members,
    actionAt: ACTION,
    text: '',
  });
  const agreementId = Object.keys(state.agreements)[0] ?? '';
  for (const country of ['veldmark', 'ostmere'])
    act(country, { type: 'answerAgreement', agreementId, accept: true });
  act('veldmark', { type: 'openCase', title: 'StormCellar', offences: ['botnet-building'] });
  const caseId = Object.keys(state.cases)[0] ?? '';
  const safeguards = { authorisedBy: 'Judge', grounds: 'Botnet traffic', scope: 'May', duration: 'Once' };
  for (const executeAt of [ACTION, undefined])
    act('veldmark', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'sinkhole-telemetry' },
      safeguards,
      ...(executeAt === undefined ? {} : { executeAt }),
    });
  return events;
}

const botnet = await bundled('botnet');
const ACTION = 10 * 24 * 60 + 20 * 60;

describe('a case file with an action day', () => {
  const text = textOf(
    renderCaseFile({ scenario: botnet, events: actionDayGame(), country: 'veldmark', session }),
  );

  it('says the action day’s common time, the meeting’s body, and the measure held until that time', () => {
    expect(text).toContain('action day, acting at Day 11, 20:00');
    expect(text).toContain('Coordination meeting under Eurojunction');
    expect(text).toContain('held until Day 11, 20:00');
    // The order carried out as soon as possible is not said to be held.
    expect(text.match(/held until/g)).toHaveLength(1);
  });
});

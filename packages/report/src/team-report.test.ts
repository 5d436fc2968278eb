import { fileURLToPath } from 'node:url';
import { createEngine, type Event, simulate } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report.js';
import { renderTeamReport } from './team-report.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
async function bundled(name: string) {
  const { scenario } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(`the ${name} scenario loads`);
  return scenario;
}
const ransomware = await bundled('ransomware');

/** What a reader sees of a page: its text, not its markup (player text decoded as shown). */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_whole, code: string) => String.fromCharCode(Number(code)));
}

/**
 * The bots' game of the ransomware case, where Veltria's team kept secrets: its case has a title
 * nobody else sees, and its first request to Lorvane says something only Lorvane may read.
 */
function secretGame(): Event[] {
  const events: Event[] = structuredClone(simulate(ransomware).events);
  const opened = events.find((event) => event.type === 'CaseOpened' && event.case.country === 'veltria');
  if (opened?.type !== 'CaseOpened') throw new Error('Veltria opens a case');
  opened.case.title = 'Operation Nightjar (Veltria only)';
  const sent = events.find(
    (event) =>
      event.type === 'RequestSent' && event.request.from === 'veltria' && event.request.to === 'lorvane',
  );
  if (sent?.type !== 'RequestSent') throw new Error('Veltria asks Lorvane');
  const [first] = Object.keys(sent.request.contents);
  if (!first) throw new Error('the request has contents');
  sent.request.contents[first] = 'The informant Kestrel-7 says the keys are in Lorvane';
  return events;
}

const session = { code: 'T3ST01' };

describe('a team’s own report', () => {
  const events = secretGame();
  const state = createEngine(ransomware).replay(events);
  const sahrun = textOf(renderTeamReport({ scenario: ransomware, events, country: 'sahrun', session }));

  it('holds nothing its country did not know: others’ evidence, cases and requests are absent', () => {
    // What Sahrun knew of: what its case file shows, and what the requests it received asked for.
    const asked = new Set(
      Object.values(state.requests)
        .filter((request) => request.to === 'sahrun' || request.from === 'sahrun')
        .flatMap((request) => request.subject.evidence),
    );
    const title = (id: string) => ransomware.case.evidence[id]?.title ?? id;
    const known = Object.keys(state.evidence).filter((id) => state.evidence[id]?.knownBy.sahrun);
    const unknown = Object.keys(state.evidence).filter(
      (id) => !state.evidence[id]?.knownBy.sahrun && !asked.has(id),
    );
    // Not vacuous: some evidence stayed secret from Sahrun, some it knew.
    expect(unknown.length).toBeGreaterThan(0);
    expect(known.length).toBeGreaterThan(0);
    for (const id of unknown) expect(sahrun).not.toContain(title(id));
    for (const id of known) expect(sahrun).toContain(title(id));
    expect(sahrun).not.toContain('Operation Nightjar');
    expect(sahrun).not.toContain('Kestrel-7');
    // Requests between others: not even their reference numbers.
    const others = Object.values(state.requests).filter(
      (request) => request.from !== 'sahrun' && request.to !== 'sahrun',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const request of others) expect(sahrun).not.toMatch(new RegExp(`\\b${request.id}\\b`));
  });

  it('leaves out the instructor’s notes, even one about its own country', () => {
    const at = events.at(-1)?.at ?? 0;
    const noted: Event[] = [
      ...events,
      {
        type: 'NoteAdded',
        at,
        visibleTo: [],
        noteId: 'note-1',
        note: { at, text: 'Sahrun froze the funds late', country: 'sahrun' },
      },
    ];
    const own = textOf(renderTeamReport({ scenario: ransomware, events: noted, country: 'sahrun', session }));
    expect(own).not.toContain('Sahrun froze the funds late');
    const whole = textOf(renderReport({ scenario: ransomware, events: noted, session }));
    expect(whole).toContain('Sahrun froze the funds late');
  });

  it('holds what its country did: its own case, requests and the lines it was told', () => {
    const veltria = textOf(renderTeamReport({ scenario: ransomware, events, country: 'veltria', session }));
    expect(veltria).toContain('The session as Veltria saw it');
    expect(veltria).toContain('Operation Nightjar');
    // Its requests by what the team knows them as, never by their ids.
    expect(veltria).toMatch(
      /Expedited preservation of stored data request to Lorvane, sent Day \d+, \d\d:\d\d/,
    );
    expect(veltria).not.toMatch(/\breq-\d+/);
  });

  it('includes every team’s secrets only when the instructor includes the full debrief', () => {
    const full = textOf(
      renderTeamReport({ scenario: ransomware, events, country: 'sahrun', session, full: true }),
    );
    expect(full).toContain('The full debrief (every team)');
    expect(full).toContain('Operation Nightjar');
    // The full debrief is the whole report's content, headings one level down.
    const whole = textOf(renderReport({ scenario: ransomware, events, session }));
    expect(whole).toContain('Operation Nightjar');
  });

  it('escapes what players typed and stays a self-contained page', () => {
    const html = renderTeamReport({
      scenario: ransomware,
      events,
      country: 'veltria',
      session,
      team: '<img src=x onerror=alert(1)>',
    });
    expect(html).not.toMatch(/<script|<img|<iframe|<link|src="http|href="http/);
    expect(html).toContain('&#60;img src=x');
    expect(html).toContain('<svg');
  });

  it('refuses a country the scenario does not have, saying which', () => {
    expect(() => renderTeamReport({ scenario: ransomware, events, country: 'atlantis', session })).toThrow(
      /no country "atlantis"/,
    );
  });
});

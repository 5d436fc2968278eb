import type { CountryView, InstructorView, ObserverView } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import type { Progress } from '@crossborder/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, until } from './support.js';

/** The server answers in the reader's language: its HTTP errors and the exports it produces. */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });
const instructor = { authorization: `Bearer ${KEY}` };
const translations = Object.keys(LOCALES).filter((tag) => tag !== 'en' && tag !== 'en-XA');

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('the server’s HTTP errors', () => {
  it('are in English unless the reader asks for another language', async () => {
    const error = await errorOf(await get('/api/join/NOPE12'));
    expect(error).toEqual({
      code: 'unknown-code',
      message: translate(EN, EN, 'server.unknown-code', { code: 'NOPE12' }),
      params: { code: 'NOPE12' },
    });
  });
  it('follow ?lang= (the seat’s choice), the pseudo-locale included', async () => {
    const error = await errorOf(await get('/api/join/NOPE12?lang=en-XA'));
    expect(error.code).toBe('unknown-code');
    expect(error.message).toMatch(/^⟦.*NOPE12.*~+⟧$/);
  });
  it('follow the browser’s Accept-Language, in every language there is a folder for', async () => {
    for (const tag of translations) {
      const error = await errorOf(
        await get('/api/sessions/nope/report', {
          ...instructor,
          'accept-language': `de;q=0.9, ${tag}-XX;q=0.8`,
        }),
      );
      expect(error.message, tag).toBe(
        translate(LOCALES[tag] ?? EN, EN, 'server.http.unknown-session', {}, tag),
      );
      // Not English by a fallback: the language's own words, once its translation has them.
      if (LOCALES[tag]?.['server.http.unknown-session'])
        expect(error.message, tag).not.toBe(EN['server.http.unknown-session']);
    }
    // The pseudo-locale is never chosen by a browser's languages.
    const plain = await errorOf(await get('/api/join/NOPE12', { 'accept-language': 'en-XA' }));
    expect(plain.message).not.toMatch(/⟦/);
  });
});

describe('the exports, in the reader’s language', () => {
  it('write the report, the timeline and the case file in the language asked for', async () => {
    const { id, code } = await server.createSession('tutorial');
    const team = new Client(server.url);
    const seat = await team.join(code, { kind: 'country', country: 'aldoria' }, 'Table one');
    if (!seat.ok) throw new Error('the team joins');
    const report = await (
      await get(`/api/sessions/${id}/teams/aldoria/report?lang=en-XA`, instructor)
    ).text();
    expect(report).toMatch(/<html lang="en-XA" dir="ltr">/);
    expect(report).toMatch(/<title>⟦/);
    const whole = await (await get(`/api/sessions/${id}/report?lang=en-XA`, instructor)).text();
    expect(whole).toMatch(/<html lang="en-XA" dir="ltr">/);
    expect(whole).toMatch(/<title>⟦/);
    const csv = await (await get(`/api/sessions/${id}/timeline.csv?lang=en-XA`, instructor)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^⟦time~+⟧,/);
    const casefile = await (
      await get(`/api/team/aldoria/casefile?lang=ar`, { authorization: `Bearer ${seat.token}` })
    ).text();
    // Arabic, right to left, once its folder exists (English until then).
    expect(casefile).toContain(LOCALES.ar ? '<html lang="ar" dir="rtl">' : '<html lang="en" dir="ltr">');
    team.close();
  });
});

describe('the scenario’s own texts on the live screens, in each seat’s language', () => {
  /** The view, log and progress a client was sent, as one text: what its screens can show. */
  const seen = (client: Client) => JSON.stringify([client.view, client.received]);

  it('follow the language each page reads, where the scenario translates them, and no team sees another’s', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url, undefined, 'fr');
    const aldoria = new Client(server.url, undefined, 'fr-FR');
    const borealis = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Team Aldo');
    await borealis.join(code, { kind: 'country', country: 'borealis' }, 'Team Bor');
    const projector = new Client(server.url, undefined, 'fr');
    await projector.join(code, { kind: 'observer' }, 'Projector');

    // The snapshot each team is given on joining: the briefing, its own briefing, the facts it knows.
    const french = aldoria.view as CountryView;
    expect(french.briefing.title).toMatch(/^Tutoriel\s: le kit d’hameçonnage Harbourline$/);
    expect(french.briefing.own).toMatch(/^Vous êtes l’unité de lutte contre la cybercriminalité/);
    expect(french.facts['phishing-campaign']?.text).toMatch(/^Depuis le 1er mars, 312 clients/);
    expect(french.briefing.directory.borealis?.name).toBe('Fédération de Borealis');
    const english = borealis.view as CountryView;
    expect(english.briefing.title).toBe('Tutorial: the Harbourline phishing kit');
    expect(english.briefing.own).toMatch(/^You are Borealis/);
    // No team is sent another's briefing, in any language.
    expect(seen(aldoria)).not.toMatch(/Vous êtes la Borealis|You are Borealis/);
    expect(seen(borealis)).not.toMatch(/Vous êtes l’unité|Aldoria's cybercrime unit/);

    // What changes later comes in the same language: an inject fired a day in, its log line too.
    await instructor.control({ action: 'start' });
    await instructor.control({ action: 'advance', minutes: 24 * 60 + 1 });
    await until(() => Object.keys((borealis.view as CountryView).injects).length > 0);
    await until(() => Object.keys((aldoria.view as CountryView).injects).length > 0);
    expect((aldoria.view as CountryView).injects.takedown?.title).toBe('La page est mise hors ligne');
    expect((borealis.view as CountryView).injects.takedown?.title).toBe('The page goes down');
    expect(seen(aldoria)).toContain('"title":"La page est mise hors ligne"');
    expect(seen(aldoria)).not.toContain('The page goes down');

    // The instructor's console: the injects to fire and the objectives of the progress view.
    const desk = instructor.view as InstructorView;
    expect(desk.injects['new-kit']?.inject.title).toBe('Un nouveau kit apparaît');
    const progress = instructor.received.find((each) => each.event === 'progress')?.payload as Progress;
    expect(progress.objectives['preserve-logs']?.title).toMatch(/^Faire conserver les journaux/);
    // The projector: the public board's objectives, in French.
    expect((projector.view as ObserverView).objectives['preserve-logs']?.title).toMatch(
      /^Faire conserver les journaux/,
    );
    expect(projector.socket.connected).toBe(true);
    for (const client of [instructor, aldoria, borealis, projector]) client.close();
  });
});

import { EN, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer } from './support.js';

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

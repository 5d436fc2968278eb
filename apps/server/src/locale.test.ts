import type { AddressInfo } from 'node:net';
import { EN, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogue, handshakeLocale, withRequestLocale } from './locale.js';

/** A server that answers each request with the language it was answered in, and a message in it. */
let url = '';
let close: () => void = () => {};
beforeAll(async () => {
  const app = express();
  app.use(withRequestLocale);
  app.get('/said', (_request, response) => {
    const { catalogue, locale } = currentCatalogue();
    response.json({ locale, said: translate(catalogue, EN, 'server.http.unknown-session', {}, locale) });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

async function said(path: string, language?: string): Promise<{ locale: string; said: string }> {
  const response = await fetch(`${url}${path}`, language ? { headers: { 'accept-language': language } } : {});
  return (await response.json()) as { locale: string; said: string };
}

const french = translate(LOCALES.fr ?? EN, EN, 'server.http.unknown-session', {}, 'fr');

describe('the language a request is answered in', () => {
  it('is the one ?lang= asks for (the seat’s choice), over the browser’s', async () => {
    expect(await said('/said?lang=fr', 'es')).toEqual({ locale: 'fr', said: french });
    expect((await said('/said?lang=ar-EG')).locale).toBe('ar');
  });

  it('is the browser’s most wanted language there is a translation for, by its q-values', async () => {
    expect((await said('/said', 'de;q=1, es;q=0.5, fr;q=0.8')).locale).toBe('fr');
    expect(await said('/said', 'fr-CA, en;q=0.5')).toEqual({ locale: 'fr', said: french });
    expect((await said('/said', 'en;q=0.2, ar;q=0.9')).locale).toBe('ar');
  });

  it('is English for a language there is no translation for, or none asked', async () => {
    const english = { locale: 'en', said: EN['server.http.unknown-session'] };
    expect(await said('/said', 'de, ja;q=0.5')).toEqual(english);
    expect(await said('/said?lang=de')).toEqual(english);
    expect(await said('/said')).toEqual(english);
  });

  it('is English outside a request', () => {
    expect(currentCatalogue().locale).toBe('en');
  });
});

describe('the language a socket’s page reads', () => {
  it('is the language tag its handshake carries', () => {
    expect(handshakeLocale({ lang: 'fr' })).toBe('fr');
    expect(handshakeLocale({ lang: 'pt-BR', code: 'ABC123' })).toBe('pt-BR');
  });

  it('is English when the handshake carries none, or anything but a language tag', () => {
    for (const lang of [undefined, '', ['fr', 'es'], 'fr;DROP', 'x'.repeat(40), '../../etc', 42])
      expect(handshakeLocale({ lang }), String(lang)).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n.js';
import { fileNameOf, inLanguage } from './download.js';

describe('the name a download is saved under', () => {
  it('is the one the server gave in Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="crossborder-K7PQ2M-veltria.html"')).toBe(
      'crossborder-K7PQ2M-veltria.html',
    );
  });

  it('is none when the server gave none', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});

describe('a file asked of the server', () => {
  it('is asked in the screens’ language', () => {
    expect(inLanguage('/api/team/aldoria/casefile')).toBe('/api/team/aldoria/casefile?lang=en');
    setLocale('en-XA');
    expect(inLanguage('/api/sessions/s-1/teams/sahrun/report?full=1')).toBe(
      '/api/sessions/s-1/teams/sahrun/report?full=1&lang=en-XA',
    );
    setLocale('en');
  });
});

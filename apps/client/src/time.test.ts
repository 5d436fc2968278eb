import { afterEach, describe, expect, it } from 'vitest';
import { listOf, loadLocale, setLocale } from './i18n.js';
import { duration, span } from './time.js';

const HOUR = 60;
const DAY = 24 * HOUR;

describe('durations on the screens', () => {
  it('are written with the language’s own short units, zero units left out', () => {
    expect(duration(2 * DAY + 4 * HOUR)).toBe('2d 4h');
    expect(duration(DAY + 30)).toBe('1d 30m');
    expect(duration(45)).toBe('45m');
    expect(duration(0)).toBe('0m');
  });

  it('round a span to the hour, to the minute under an hour', () => {
    expect(span(2 * DAY + 4 * HOUR + 20)).toBe('2d 4h');
    expect(span(50)).toBe('1h');
    expect(span(20)).toBe('20m');
    expect(span(-5)).toBe('0m');
  });
});

describe('durations and lists in the seat’s language', () => {
  afterEach(() => setLocale('en'));

  it('are written with that language’s units and list words, never English ones', async () => {
    expect(await loadLocale('fr')).toBe('fr');
    expect(duration(2 * DAY + 4 * HOUR)).toBe('2j 4h');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b et c');
    expect(await loadLocale('ar')).toBe('ar');
    expect(duration(2 * DAY + 4 * HOUR)).toBe('2 ي و4 س');
    expect(listOf(['a', 'b', 'c'])).toBe('a، وb، وc');
    expect(await loadLocale('es')).toBe('es');
    expect(span(50)).toBe('1h');
  });
});

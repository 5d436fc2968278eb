import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parseUtcOffset } from './duration.js';

describe('parseDuration', () => {
  it('reads minutes, hours, days and combinations', () => {
    expect(parseDuration('90m')).toBe(90);
    expect(parseDuration('36h')).toBe(36 * 60);
    expect(parseDuration('14d')).toBe(14 * 24 * 60);
    expect(parseDuration('1d12h')).toBe(36 * 60);
    expect(parseDuration('0m')).toBe(0);
  });
  it('refuses anything else', () => {
    for (const text of ['', '90', '3 days', '1.5d', 'd', '12h1d', '-1d', '1w']) {
      expect(parseDuration(text), text).toBeUndefined();
    }
  });
});

describe('formatDuration', () => {
  it('writes the shortest form and round-trips', () => {
    expect(formatDuration(90)).toBe('1h30m');
    expect(formatDuration(2160)).toBe('1d12h');
    expect(formatDuration(0)).toBe('0m');
    expect(formatDuration(-60)).toBe('-1h');
    for (const minutes of [1, 59, 60, 1439, 1440, 100_000]) {
      expect(parseDuration(formatDuration(minutes))).toBe(minutes);
    }
  });
});

describe('parseUtcOffset', () => {
  it('reads ±HH:MM within the world range', () => {
    expect(parseUtcOffset('+05:30')).toBe(330);
    expect(parseUtcOffset('-03:00')).toBe(-180);
    expect(parseUtcOffset('+14:00')).toBe(840);
  });
  it('refuses malformed or impossible offsets', () => {
    for (const text of ['5:30', '+5:30', '+15:00', '-13:00', '+01:75', 'UTC']) {
      expect(parseUtcOffset(text), text).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { SeatSettings } from '../store/store.js';
import { ensureJury, jurorNames, juryRefusal, newJuror } from './jury.js';

const seats = (): SeatSettings => ({ countries: {}, observersSeeAll: false });

describe('a moot court’s jury', () => {
  it('is given to a moot session only, once (a session from before juror seats gets one when restored)', async () => {
    const plain = seats();
    expect(ensureJury(plain, false)).toBe(false);
    expect(plain.jury).toBeUndefined();
    const moot = seats();
    expect(ensureJury(moot, true)).toBe(true);
    const key = moot.jury?.key;
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ensureJury(moot, true)).toBe(false);
    expect(moot.jury?.key).toBe(key);
  });

  it('numbers jurors as they join and keeps their names', async () => {
    const moot = seats();
    ensureJury(moot, true);
    expect(newJuror(moot, 'Judge Amara')).toEqual({ kind: 'juror', juror: '@juror-1' });
    expect(newJuror(moot, 'Prof. Lind')).toEqual({ kind: 'juror', juror: '@juror-2' });
    expect(jurorNames(moot)).toEqual({ '@juror-1': 'Judge Amara', '@juror-2': 'Prof. Lind' });
    expect(jurorNames(seats())).toEqual({});
  });

  it('refuses a juror outside a moot court, with another key, or past fifty; never another seat', async () => {
    const juror = { kind: 'juror' } as const;
    expect(juryRefusal(seats(), juror, 'any')?.code).toBe('not-moot');
    const moot = seats();
    ensureJury(moot, true);
    const key = moot.jury?.key ?? '';
    expect(juryRefusal(moot, juror, undefined)?.code).toBe('wrong-jury-key');
    expect(juryRefusal(moot, juror, `${key}x`)?.code).toBe('wrong-jury-key');
    expect(juryRefusal(moot, juror, key)).toBeNull();
    for (let count = 0; count < 50; count++) newJuror(moot, `Juror ${count}`);
    expect(juryRefusal(moot, juror, key)?.code).toBe('jury-full');
    expect(juryRefusal(moot, { kind: 'observer' }, undefined)).toBeNull();
  });
});

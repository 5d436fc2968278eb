import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const one = (text: string) => cleanText(text, { multiline: false });
const many = (text: string) => cleanText(text, { multiline: true });

const BEL = '\u0007';
const ESC = '\u001b';
const RLO = '\u202e';

describe('cleanText', () => {
  it('removes control characters: bell, escape sequences, NUL, DEL and C1', () => {
    expect(one(`Team${BEL} Aldo`)).toBe('Team Aldo');
    expect(many(`${ESC}[31mred${ESC}[0m`)).toBe('[31mred[0m');
    expect(one('a\u0000b\u007fc\u0080d\u009fe')).toBe('abcde');
  });

  it('removes bidi embeddings, overrides and isolates, and keeps the marks Arabic and Hebrew need', () => {
    expect(one(`invoice-${RLO}fdp.exe`)).toBe('invoice-fdp.exe');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      expect(one(`a${String.fromCodePoint(code)}b`), code.toString(16)).toBe('ab');
    const marked = 'עברית \u200f123\u200e and عربي \u061c456';
    expect(one(marked)).toBe(marked);
  });

  it('removes characters that hide text, and keeps those scripts and emoji need', () => {
    const smuggled = [...'ignore this'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(one(`hello${smuggled}\u{e007f}`)).toBe('hello');
    expect(one('a\ufff9hidden\ufffbb\ufeffc\u2062d\u206ae')).toBe('ahiddenbcde');
    const kept = 'ภาษา\u200bไทย می\u200cخواهم 👩\u200d💻 co\u00adop ☺\ufe0f a\u2060b';
    expect(one(kept)).toBe(kept);
  });

  it('keeps lines and tabs only in a field of several lines, as plain \\n', () => {
    expect(many('one\r\ntwo\rthree\u2028four\u2029five\u0085six\tcol')).toBe(
      'one\ntwo\nthree\nfour\nfive\nsix\tcol',
    );
    expect(one('Port\nAldo\r\nteam\tA')).toBe('Port Aldo team A');
  });

  it('removes a half of a surrogate pair, and keeps whole pairs', () => {
    expect(one('a\ud83db\udc00c')).toBe('abc');
    expect(one('a😀b')).toBe('a😀b');
  });

  it('leaves other text as it is, and cleaning twice changes nothing more', () => {
    const prose = 'Die Ermittlung läuft.\n調査中です。\tРасследование.';
    expect(many(prose)).toBe(prose);
    // Any text, with the characters of interest often enough to meet them next to each other.
    const unit = fc.oneof(
      fc.constantFrom('\n', '\t', '\r', '\u2028', BEL, ESC, RLO, '\u2066', '\u200f', '\ud800', '\udc00'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.boolean(), (parts, multiline) => {
        const once = cleanText(parts.join(''), { multiline });
        expect(cleanText(once, { multiline })).toBe(once);
        expect(once).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r]/u);
        for (const char of once) {
          const code = char.codePointAt(0) ?? 0;
          if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            expect(multiline && (char === '\n' || char === '\t'), `U+${code.toString(16)}`).toBe(true);
          expect(code >= 0xd800 && code <= 0xdfff, 'a lone surrogate').toBe(false);
        }
      }),
    );
  });
});

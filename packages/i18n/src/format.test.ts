import { describe, expect, it } from 'vitest';
import { fill, translate, translateOr } from './format.js';

describe('fill', () => {
  it('replaces named placeholders with their values', () => {
    expect(fill('Request {request} goes to {country}.', { request: 'req-1', country: 'Borealis' })).toBe(
      'Request req-1 goes to Borealis.',
    );
    expect(fill('{n} days', { n: 3 })).toBe('3 days');
  });
  it('leaves unknown placeholders visible', () => {
    expect(fill('Hello {name}', {})).toBe('Hello {name}');
  });
  it('leaves a missing number visible rather than saying "NaN" (or failing on a date)', () => {
    const full = 'This jury is full ({max, plural, one {# juror} other {# jurors}}), {who}.';
    expect(fill(full, { who: 'Ana' })).toBe(
      'This jury is full ({max, plural, one {# juror} other {# jurors}}), Ana.',
    );
    expect(fill('{points, number} points', {})).toBe('{points, number} points');
    expect(fill('{n, selectordinal, one {#st} other {#th}} try', {})).toBe(
      '{n, selectordinal, one {#st} other {#th}} try',
    );
    expect(fill('Sent {at, date}', {})).toBe('Sent {at, date}');
    // Given, the same messages still format.
    expect(fill(full, { max: 1, who: 'Ana' })).toBe('This jury is full (1 juror), Ana.');
  });
  it('says ids through the catalogue where a placeholder names their prefix', () => {
    const words: Record<string, string> = { 'field.scope': 'scope', 'field.grounds': 'grounds' };
    const lookup = (key: string) => words[key];
    expect(fill('Missing: {missing:field}.', { missing: 'grounds, scope' }, lookup)).toBe(
      'Missing: grounds, scope.',
    );
    // An id the catalogue lacks stays visible, as an unknown placeholder does.
    expect(fill('Missing: {missing:field}.', { missing: 'duration' }, lookup)).toBe('Missing: duration.');
  });
  it('says a list as the reader’s language lists, its ids said through the catalogue first', () => {
    const words: Record<string, string> = { 'field.scope': 'scope', 'field.grounds': 'grounds' };
    const lookup = (key: string) => words[key];
    const missing = ['grounds', 'scope', 'duration'];
    expect(fill('Missing: {missing:field}.', { missing }, lookup)).toBe(
      'Missing: grounds, scope, and duration.',
    );
    expect(fill('Manquent : {missing:field}.', { missing }, lookup, 'fr')).toBe(
      'Manquent : grounds, scope et duration.',
    );
    expect(fill('Faltan: {missing}.', { missing: ['a', 'b'] }, undefined, 'es')).toBe('Faltan: a y b.');
    expect(fill('{who} consulted.', { who: ['Aldoria'] })).toBe('Aldoria consulted.');
    expect(fill('None: {who}.', { who: [] })).toBe('None: .');
    // Filled plainly too (a template ICU cannot parse).
    expect(fill('{broken {who}', { who: ['A', 'B'] })).toBe('{broken A and B');
  });
  it('isolates each item of a list inside a right-to-left sentence, and lists it as Arabic does', () => {
    expect(fill('{who}', { who: ['Aldoria', 'Borealis'] }, undefined, 'ar')).toBe(
      '\u2068Aldoria\u2069 و\u2068Borealis\u2069',
    );
  });
  it('says ids whose prefix has a hyphen, and leaves an unfilled one visible with its prefix', () => {
    const lookup = (key: string) => ({ 'measure-outcome.found': 'the data was found' })[key];
    expect(fill('Done: {outcome:measure-outcome}.', { outcome: 'found' }, lookup)).toBe(
      'Done: the data was found.',
    );
    expect(fill('Done: {outcome:measure-outcome}.', {}, lookup)).toBe('Done: {outcome:measure-outcome}.');
  });
  it('chooses the plural form the number calls for, in the language given', () => {
    const days = '{n, plural, one {# day} other {# days}} late';
    expect(fill(days, { n: 1 })).toBe('1 day late');
    expect(fill(days, { n: 3 })).toBe('3 days late');
    expect(fill(days, { n: 0 })).toBe('0 days late');
    // Arabic has six plural forms: 3 to 10 take "few", 11 to 99 "many".
    const arabic = '{n, plural, one {one} two {two} few {few} many {many} other {other}}';
    expect([1, 2, 3, 11, 100].map((n) => fill(arabic, { n }, undefined, 'ar'))).toEqual([
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
  it('chooses by select and keeps the catalogue’s ids inside a plural branch', () => {
    const lookup = (key: string) => ({ 'field.scope': 'scope' })[key];
    const message = '{n, plural, one {# field missing: {f:field}} other {# fields missing: {f:field}}}';
    expect(fill(message, { n: 1, f: 'scope' }, lookup)).toBe('1 field missing: scope');
    expect(fill('{who, select, team {your team} other {someone}}', { who: 'team' })).toBe('your team');
  });
  it('shows tags and apostrophes as text', () => {
    expect(fill('Send Bearer <token> {n, plural, one {# time} other {# times}}.', { n: 2 })).toBe(
      'Send Bearer <token> 2 times.',
    );
    expect(fill("{to}'s law", { to: 'Aldoria' })).toBe("Aldoria's law");
  });
  it('fills a template that is not valid ICU plainly rather than failing', () => {
    expect(fill('Broken {n, plural, one {# day}', { n: 2 })).toBe('Broken {n, plural, one {# day}');
    expect(fill('Broken {n, plural {x} and {name}', { name: 'Ana' })).toBe('Broken {n, plural {x} and Ana');
  });
});

describe('translate', () => {
  const en = { greet: 'Hello {name}', only: 'English only' };
  const fr = { greet: 'Bonjour {name}' };
  it('uses the language, then English, then the key', () => {
    expect(translate(fr, en, 'greet', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(translate(fr, en, 'only')).toBe('English only');
    expect(translate(fr, en, 'missing.key')).toBe('missing.key');
  });
  it('says a placeholder of ids in the language, then English', () => {
    const withKinds = { ...en, done: 'Ordered: {kind:measure}.', 'measure.arrest': 'arrest' };
    const frKinds = { 'measure.arrest': 'arrestation' };
    expect(translate(frKinds, withKinds, 'done', { kind: 'arrest' })).toBe('Ordered: arrestation.');
    expect(translate({}, withKinds, 'done', { kind: 'arrest' })).toBe('Ordered: arrest.');
  });
  it('chooses plurals by the language it is given', () => {
    const ar = { late: '{n, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}' };
    expect(translate(ar, en, 'late', { n: 3 }, 'ar')).toBe('3 أيام');
    expect(translate(ar, en, 'late', { n: 2 }, 'ar')).toBe('يومان');
  });
});

describe('translateOr', () => {
  const en = { greet: 'Hello {name}' };
  const fr = { 'rule.x.title': 'Règle {n}' };
  it('uses the language, then English, then the text it is given (never the key)', () => {
    expect(translateOr(fr, en, 'rule.x.title', { n: 1 }, 'Rule')).toBe('Règle 1');
    expect(translateOr(fr, en, 'greet', { name: 'Ana' }, 'unused')).toBe('Hello Ana');
    expect(translateOr(fr, en, 'rule.y.title', {}, 'The rule in English')).toBe('The rule in English');
  });
});

describe('a right-to-left sentence', () => {
  it('isolates each text it is given, so a Latin name or id stays readable inside Arabic', () => {
    expect(
      fill('أرسلت {country} الطلب {request}.', { country: 'Borealis', request: 'Req-2' }, undefined, 'ar'),
    ).toBe('أرسلت \u2068Borealis\u2069 الطلب \u2068Req-2\u2069.');
    // Left to right, nothing is added.
    expect(fill('{country} sent {request}.', { country: 'Borealis', request: 'Req-2' })).toBe(
      'Borealis sent Req-2.',
    );
  });
  it('leaves numbers, plurals and choices to ICU', () => {
    expect(
      fill(
        '{n, plural, one {# يوم} other {# أيام}} {kind, select, a {أ} other {ب}} {n}',
        { n: 3, kind: 'a' },
        undefined,
        'ar',
      ),
    ).toBe('3 أيام أ 3');
  });
});

import { EN, translate } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { sayHtml } from './rich-html.js';
import { topicName } from './topic.js';

describe('sayHtml', () => {
  it('puts markup where the message places its parts, and escapes everything else', () => {
    const say = (key: string, params: Readonly<Record<string, string | number>>) =>
      translate({ line: '{when} — {country} <said>: {what}' }, EN, key, params);
    expect(
      sayHtml(say, 'line', { when: 'Day 1', what: 'a & b' }, { country: '<strong>Aldoria</strong>' }),
    ).toBe(`Day 1 — <strong>Aldoria</strong> ${escapeHtml('<said>')}: ${escapeHtml('a & b')}`);
  });
});

describe('topicName', () => {
  const say = (key: string, params: Readonly<Record<string, string>> = {}) => translate(EN, EN, key, params);
  it('names a coordination meeting by the body that hosts it, and every other topic by the catalogue', () => {
    expect(topicName({ name: 'Eurojust' }, 'coordination-meeting', say)).toBe(
      say('ui.topic.coordination-meeting-under', { body: 'Eurojust' }),
    );
    expect(topicName({ name: 'Eurojust' }, 'coordination-meeting', say)).toContain('Eurojust');
    expect(topicName(null, 'coordination-meeting', say)).toBe(say('topic.coordination-meeting'));
    expect(topicName(null, 'parallel-proceedings', say)).toBe(say('topic.parallel-proceedings'));
  });
});

import { createEngine, INSTRUCTOR, type InstructorView } from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled } from '../test/fixtures.js';
import { audienceWords, conditionWords, effectWords } from './words.js';

const botnet = await bundled('botnet');
const engine = createEngine(botnet);
const words = engine.view(engine.initialState(), INSTRUCTOR) as InstructorView;
const [first, second] = Object.keys(botnet.countries) as [string, string];
const [evidence] = Object.keys(botnet.case.evidence) as [string];
const [suspect] = Object.keys(botnet.case.suspects) as [string];
const name = (id: string) => botnet.countries[id]?.name ?? '';

describe('the timeline’s words', () => {
  it('say a condition, its country and its compounds by name', () => {
    const preserved = t('ui.condition.evidencePreserved', {
      name: botnet.case.evidence[evidence]?.title ?? '',
    });
    expect(conditionWords(words, { evidencePreserved: evidence, by: first })).toBe(
      t('ui.condition.by', { condition: preserved, country: name(first) }),
    );
    const arrested = t('ui.condition.suspectArrested', { name: botnet.case.suspects[suspect]?.alias ?? '' });
    expect(
      conditionWords(words, { all: [{ evidencePreserved: evidence }, { suspectArrested: suspect }] }),
    ).toBe(t('ui.condition.all', { conditions: `${preserved}; ${arrested}` }));
    expect(conditionWords(words, { not: { suspectArrested: suspect } })).toBe(
      t('ui.condition.not', { condition: arrested }),
    );
    expect(
      conditionWords(words, {
        suspectArrested: suspect,
        within: 2 * 1440,
        of: { evidencePreserved: evidence },
      }),
    ).toBe(t('ui.condition.within', { condition: arrested, span: '2d', of: preserved }));
    expect(conditionWords(words, { requestSent: 'preservation' })).toBe(
      t('ui.condition.requestSent', { name: 'Expedited preservation of stored data' }),
    );
  });

  it('say an audience and effects by name', () => {
    expect(audienceWords(words, 'all')).toBe(t('ui.timeline.everyone'));
    expect(audienceWords(words, [first, second])).toBe(`${name(first)}, ${name(second)}`);
    expect(effectWords(words, [{ moveSuspect: { suspect, to: second } }, { declareEmergency: true }])).toBe(
      `${t('ui.effect.moveSuspect', { name: botnet.case.suspects[suspect]?.alias ?? '', to: name(second) })}; ${t('ui.effect.declareEmergency')}`,
    );
  });
});

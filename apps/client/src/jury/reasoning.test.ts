import { createEngine, type JurorView, jurorId } from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import { bundled } from '../test/fixtures.js';
import { arguedDecisions } from './reasoning.js';

const fraudRing = await bundled('fraud-ring');

describe('the decisions a juror reads', () => {
  it('are every reasoned decision, by the country that took it, in order, said in words', () => {
    const engine = createEngine({ ...fraudRing, session: { ...fraudRing.session, clock: 'rounds' } });
    const base = engine.view(engine.initialState(), jurorId(1)) as JurorView;
    const view: JurorView = {
      ...base,
      requests: {
        'req-1': {
          id: 'req-1',
          kind: 'extradition',
          from: 'lumeria',
          to: 'veskaria',
          status: 'refused',
          sentAt: 60,
          statusAt: 120,
          channel: 'diplomatic',
          reasoning: 'We seek him for the fraud.',
          refusal: { ground: 'national', reasons: 'He is our national; we will prosecute.' },
          postponement: null,
          executionReasoning: null,
        },
        'req-2': {
          id: 'req-2',
          kind: 'stored-data',
          from: 'castavia',
          to: 'lumeria',
          status: 'received',
          sentAt: 30,
          statusAt: 30,
          channel: 'central-authority',
          reasoning: null,
          refusal: null,
          postponement: null,
          executionReasoning: null,
        },
      },
    };
    expect(arguedDecisions(view).map(({ country, at, what, text }) => ({ country, at, what, text }))).toEqual(
      [
        {
          country: 'lumeria',
          at: 60,
          what: t('ui.jury.request', { kind: kindName('extradition'), to: 'Veskaria' }),
          text: 'We seek him for the fraud.',
        },
        {
          country: 'veskaria',
          at: 120,
          what: t('ui.jury.refusal', {
            kind: kindName('extradition'),
            from: 'Lumeria',
            ground: t('ground.national'),
          }),
          text: 'He is our national; we will prosecute.',
        },
      ],
    );
  });
});

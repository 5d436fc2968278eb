import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { consultationAbout, requestAbout } from './about.js';

const tutorial = await bundled('tutorial');
const botnet = await bundled('botnet');

describe('what a person recognises an item by', () => {
  it('names a request by its kind, the other country and when it was sent, from either side', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const aldoria = game.view('aldoria');
    const [request] = Object.values(aldoria.requests);
    if (!request) throw new Error('no request');
    expect(requestAbout(aldoria, request)).toMatch(/ request to Borealis, sent Day 2, 00:00$/);
    expect(requestAbout(game.view('borealis'), request)).toMatch(/ request from Aldoria, sent Day 2, 00:00$/);
    expect(requestAbout(aldoria, request)).not.toContain(request.id);
  });

  it('names a consultation by its topic and the others in it', () => {
    const { game } = tutorialDayOne(tutorial);
    game.do('aldoria', { type: 'openConsultation', with: ['borealis'], topic: 'costs', message: 'Costs?' });
    const aldoria = game.view('aldoria');
    const [consultation] = Object.values(aldoria.consultations);
    if (!consultation) throw new Error('no consultation');
    expect(consultationAbout(aldoria, consultation)).toBe('costs with Borealis');
    expect(consultationAbout(game.view('borealis'), consultation)).toBe('costs with Aldoria');
  });

  it('names a coordination meeting by the body that hosts it, as the meeting’s thread does', () => {
    const game = new Game(botnet);
    game.do('lazuria', {
      type: 'openConsultation',
      with: ['veldmark'],
      topic: 'coordination-meeting',
      message: 'Meet?',
    });
    const lazuria = game.view('lazuria');
    const [consultation] = Object.values(lazuria.consultations);
    if (!consultation) throw new Error('no consultation');
    expect(consultationAbout(lazuria, consultation)).toBe(
      `${t('ui.topic.coordination-meeting-under', { body: 'Eurojunction' })} with Veldmark`,
    );
  });
});

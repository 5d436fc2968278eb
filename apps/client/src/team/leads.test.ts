import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import { bundled, DAY, Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { dayTime } from '../time.js';
import { leadsOf } from './leads.js';

const tutorial = await bundled('tutorial');

describe('leadsOf: what a team can do now, from its own view', () => {
  it('before anything: open a case, for every step is taken in one', () => {
    const view = new Game(tutorial).view('aldoria');
    expect(leadsOf(view)).toEqual([
      {
        key: 'open-case',
        text: t('ui.lead.open-case'),
        action: t('ui.lead.open-case.action'),
        step: { kind: 'open-case' },
      },
    ]);
  });

  it('with a case: the bank’s fraud reports, held at home, lead to a production order', () => {
    const game = new Game(tutorial).do('aldoria', {
      type: 'openCase',
      title: 'Harbourline',
      offences: ['credential-phishing'],
    });
    const [lead, ...others] = leadsOf(game.view('aldoria'));
    expect(others).toEqual([]);
    expect(lead).toEqual({
      key: 'measure:fraud-reports',
      text: t('ui.lead.measure', {
        item: "Harbourline's fraud reports",
        holder: 'Harbourline Bank',
        measure: 'production order',
      }),
      action: t('ui.lead.measure.action', { measure: 'production order' }),
      step: { kind: 'measure', measure: 'production-order', target: 'evidence:fraud-reports' },
    });
    // The hosting logs are not known yet: no lead names them, nor tells what the reports hold.
    expect(JSON.stringify(leadsOf(game.view('aldoria')))).not.toMatch(/hosting|Northwind/i);
  });

  it('leaves out a step under way: the production order ordered, until it completes', () => {
    const game = new Game(tutorial).do('aldoria', {
      type: 'openCase',
      title: 'Harbourline',
      offences: ['credential-phishing'],
    });
    const caseId = Object.keys(game.view('aldoria').cases)[0] ?? '';
    game.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'fraud-reports' },
      safeguards: { authorisedBy: 'Judge Ames', grounds: 'Fraud', scope: 'The reports', duration: '1 day' },
    });
    expect(leadsOf(game.view('aldoria'))).toEqual([]);
  });

  it('once the reports reveal the hosting logs in Borealis: preserve them first, and ask for them', () => {
    const { game } = tutorialDayOne(tutorial);
    const view = game.view('aldoria');
    const expires = view.evidence['hosting-logs']?.expiresAt ?? 0;
    expect(leadsOf(view).map((lead) => [lead.key, lead.text, lead.step])).toEqual([
      [
        'preserve:hosting-logs',
        t('ui.lead.preserve', {
          item: 'Northwind Hosting control-panel logs',
          country: 'Borealis',
          when: dayTime(expires),
        }),
        { kind: 'request', request: 'preservation', to: 'borealis', evidence: ['hosting-logs'], suspect: '' },
      ],
      [
        'ask:hosting-logs',
        t('ui.lead.ask', {
          item: 'Northwind Hosting control-panel logs',
          country: 'Borealis',
          kind: kindName('stored-data'),
        }),
        { kind: 'request', request: 'stored-data', to: 'borealis', evidence: ['hosting-logs'], suspect: '' },
      ],
    ]);
  });

  it('drops the preservation once it is asked for, and keeps the request for the data', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    game.at(game.now + DAY);
    expect(leadsOf(game.view('aldoria')).map((lead) => lead.key)).toEqual(['ask:hosting-logs']);
  });

  it('shows Borealis, which knows nothing of the case, nothing to follow but a case to open', () => {
    const { game } = tutorialDayOne(tutorial);
    expect(leadsOf(game.view('borealis')).map((lead) => lead.key)).toEqual(['open-case']);
  });
});

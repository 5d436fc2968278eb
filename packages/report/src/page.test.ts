import { fileURLToPath } from 'node:url';
import { EN } from '@crossborder/i18n';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { page } from './page.js';
import { renderReport } from './report.js';

const { scenario } = await loadScenarioFile(
  fileURLToPath(new URL('../../../scenarios/tutorial.yaml', import.meta.url)),
);
if (!scenario) throw new Error('the tutorial scenario loads');

describe('an exported page', () => {
  it('says its language and lays Arabic out right to left', () => {
    expect(page('T', '<p>x</p>')).toContain('<html lang="en" dir="ltr">');
    expect(page('T', '<p>x</p>', '', 'fr')).toContain('<html lang="fr" dir="ltr">');
    expect(page('T', '<p>x</p>', '', 'ar')).toContain('<html lang="ar" dir="rtl">');
  });
  it('uses logical CSS only, so right to left mirrors it (no left or right)', () => {
    const style = /<style>([\s\S]*)<\/style>/.exec(page('T', ''))?.[1] ?? '';
    expect(style).not.toMatch(/\b(left|right)\b/);
  });
  it('lets a table cell’s long word break rather than widen the page (a longer language’s headings)', () => {
    const style = /<style>([\s\S]*)<\/style>/.exec(page('T', ''))?.[1] ?? '';
    expect(style).toMatch(/th, td \{[^}]*overflow-wrap: anywhere/);
  });
  it('is the whole report too', () => {
    const html = renderReport({
      scenario,
      events: [],
      session: { code: 'ABC123' },
      catalogue: EN,
      locale: 'ar',
    });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // Its timeline chart keeps its own left-to-right drawing.
    expect(html).toMatch(/<svg [^>]*direction="ltr"/);
  });
});

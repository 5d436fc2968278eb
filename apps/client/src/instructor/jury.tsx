import { awardedBy, INSTRUCTOR } from '@crossborder/engine';
import { useComputed } from '@preact/signals';
import { t } from '../i18n.js';
import { ScoreSheet } from '../jury/score-sheet.js';
import type { Acts, ViewSignal } from './context.js';

/**
 * The instructor's own scoring on the scenario's rubric (moot mode): the instructor scores as one
 * more scorer beside the jurors, who score on their own screens. Its forms show the instructor's
 * own scores only; the debrief and the report show everyone's, with their mean and spread.
 */
export function Jury({ view, acts }: { view: ViewSignal; acts: Acts }) {
  const rubric = useComputed(() => view.value.rubric);
  const directory = useComputed(() => view.value.briefing.directory);
  const awards = useComputed(() =>
    Object.fromEntries(
      Object.entries(view.value.state.awards).filter(([, award]) => awardedBy(award) === INSTRUCTOR),
    ),
  );
  return (
    <section class="card jury" aria-labelledby="jury-title">
      <h2 id="jury-title">{t('ui.console.jury')}</h2>
      {Object.keys(rubric.value).length === 0 ? (
        <p class="hint">{t('ui.console.no-rubric')}</p>
      ) : (
        <>
          <p class="hint">{t('ui.console.jury-hint')}</p>
          <ScoreSheet rubric={rubric} directory={directory} awards={awards} send={acts.command} />
        </>
      )}
    </section>
  );
}

import type { Cause, Step } from '@crossborder/engine';
import { formatDuration, isRuleId } from '@crossborder/scenario';
import { kindName, tDynamic } from '../i18n.js';
import { conditionWords, type Words } from '../instructor/words.js';
import { ruleText } from '../rule-text.js';
import { dayTime } from '../time.js';
import type { PlayedObjective, PlayTest } from './draft.js';
import { t } from './words.js';

/**
 * The play-test's report: the bots' outcome, each objective's slack in game time and workshop
 * minutes or why it was missed (the chain of causes `simulate` prints, in the catalogue's words),
 * and the critical path to the last objective met. Each objective names its line in the draft,
 * as a button that puts the cursor there.
 */
export function PlayReport({ report, onGo }: { report: PlayTest; onGo: (line: number) => void }) {
  if (!report.ok) return <p role="alert">{t('ui.studio.play-has-errors', { errors: report.errors })}</p>;
  const met = report.objectives.filter((objective) => objective.metAt !== null).length;
  const lastMet = report.path
    ? report.objectives.find((objective) => objective.id === report.path?.objective)
    : undefined;
  return (
    <div class="studio-report">
      <p role="status" class={report.won ? 'outcome won' : 'outcome lost'}>
        {t(report.won ? 'ui.studio.won' : 'ui.studio.not-won', { met, total: report.objectives.length })}
      </p>
      <ul class="studio-objectives">
        {report.objectives.map((objective) => (
          <li key={objective.id}>
            <ObjectiveLine objective={objective} speed={report.speed} onGo={onGo} />
            {objective.causes.length > 0 ? (
              <>
                <p>{t('ui.studio.why')}</p>
                <Causes causes={objective.causes} words={report.words} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {report.path && lastMet ? (
        <>
          <h3>{t('ui.studio.path-title', { objective: lastMet.title })}</h3>
          <ol class="studio-path">
            {report.path.steps.map((step, index) => (
              <li key={index}>{stepText(step)}</li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** Real workshop minutes for game minutes at the scenario's speed (tenths below ten). */
function workshop(minutes: number, speed: number): number {
  const real = minutes / speed;
  return real < 10 ? Math.round(real * 10) / 10 : Math.round(real);
}

function ObjectiveLine({
  objective,
  speed,
  onGo,
}: {
  objective: PlayedObjective;
  speed: number;
  onGo: (line: number) => void;
}) {
  const deadline =
    objective.deadline === null
      ? t('ui.studio.no-deadline')
      : t('ui.studio.deadline', { at: dayTime(objective.deadline) });
  return (
    <p>
      <button type="button" class="link" onClick={() => onGo(objective.line)}>
        {t('ui.studio.go-to-line', { line: objective.line })}
      </button>{' '}
      {objective.metAt !== null
        ? t('ui.studio.objective-met', {
            title: objective.title,
            at: dayTime(objective.metAt),
            deadline,
            slack: formatDuration(objective.slack ?? 0),
            real: workshop(objective.slack ?? 0, speed),
          })
        : t('ui.studio.objective-missed', { title: objective.title, deadline })}
    </p>
  );
}

/** A step of the critical path as the catalogue says it: titles and names, never an id. */
function stepText(step: Step): string {
  const what = tDynamic(step.line.key, step.line.params);
  const how = step.viaLine ? tDynamic(step.viaLine.key, step.viaLine.params) : null;
  return t(how ? 'ui.studio.step-via' : 'ui.studio.step', {
    at: dayTime(step.at),
    what,
    how: how ?? '',
    decisive: step.decisive ? t('ui.studio.decisive') : '',
  }).trim();
}

/** The chain of why an objective was missed, as nested lists. */
function Causes({ causes, words }: { causes: Cause[]; words: Words }) {
  return (
    <ul class="studio-causes">
      {causes.map((cause, index) => (
        <li key={index}>
          {causeText(cause, words)}
          {'causes' in cause && cause.causes.length > 0 ? (
            <Causes causes={cause.causes} words={words} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One cause in words: what the draft declares by its names, a condition as the console says it. */
function causeText(cause: Cause, words: Words): string {
  const { names } = words;
  const country = (id: string) => words.briefing.directory[id]?.name ?? id;
  // What a lead is about: an evidence item, a suspect (by alias) or an asset.
  const subject = (id: string) => names.evidence[id] ?? names.suspects[id] ?? names.assets[id] ?? id;
  switch (cause.kind) {
    case 'late':
      return t('ui.studio.cause.late', { at: dayTime(cause.at) });
    case 'not-met':
      return t('ui.studio.cause.not-met', { condition: conditionWords(words, cause.condition) });
    case 'all':
      return t('ui.studio.cause.all');
    case 'any':
      return t('ui.studio.cause.any');
    case 'happened':
      return t('ui.studio.cause.happened', {
        condition: conditionWords(words, cause.condition),
        at: dayTime(cause.at),
      });
    case 'window':
      return cause.opened === null
        ? t('ui.studio.cause.window-never')
        : t('ui.studio.cause.window', { within: formatDuration(cause.within), at: dayTime(cause.opened) });
    case 'lost':
      return t(
        cause.reason === 'retention' ? 'ui.studio.cause.lost-retention' : 'ui.studio.cause.lost-deleted',
        {
          evidence: subject(cause.evidence),
          at: cause.at === null ? '—' : dayTime(cause.at),
        },
      );
    case 'unrevealed':
      return cause.revealedBy.length > 0
        ? t('ui.studio.cause.unrevealed', {
            subject: subject(cause.subject),
            by: cause.revealedBy
              .map(({ kind, id }) =>
                kind === 'inject'
                  ? t('ui.studio.cause.news', { title: names.injects[id] ?? id })
                  : subject(id),
              )
              .join(', '),
          })
        : t('ui.studio.cause.unrevealed-nothing', { subject: subject(cause.subject) });
    case 'not-requested':
      return t('ui.studio.cause.not-requested', {
        subject: subject(cause.subject),
        countries: cause.knownBy.map(country).join(', '),
      });
    case 'request': {
      const params = {
        // The kind's and the status's names, as the team screen says them: never their ids.
        kind: kindName(cause.requestKind),
        from: country(cause.from),
        to: country(cause.to),
        sent: dayTime(cause.sentAt),
        status: tDynamic(`ui.status.${cause.status}`, {}, cause.status),
        ground: cause.ground ? tDynamic(`ground.${cause.ground}`, {}, cause.ground) : '',
        due: cause.dueAt === null ? '' : dayTime(cause.dueAt),
      };
      if (cause.status === 'refused') return t('ui.studio.cause.request-refused', params);
      return t(cause.dueAt === null ? 'ui.studio.cause.request' : 'ui.studio.cause.request-due', params);
    }
    case 'rejected': {
      const ruling = tDynamic(cause.code, cause.params);
      return cause.ruleId && isRuleId(cause.ruleId)
        ? t('ui.studio.cause.rejected', {
            country: country(cause.country),
            at: dayTime(cause.at),
            ruling,
            rule: ruleText(cause.ruleId, 'title'),
          })
        : t('ui.studio.cause.rejected-mechanics', {
            country: country(cause.country),
            at: dayTime(cause.at),
            ruling,
          });
    }
  }
}

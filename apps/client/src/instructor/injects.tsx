import type { InstructorView } from '@crossborder/engine';
import { useComputed, useSignal } from '@preact/signals';
import { t, tDynamic } from '../i18n.js';
import type { Acts, ViewSignal } from './context.js';
import { when } from './context.js';

type Inject = InstructorView['injects'][string];

interface InjectsProps {
  view: ViewSignal;
  /** The game time now, read when an inject is scheduled "in so many hours". */
  now: () => number;
  acts: Acts;
}

/**
 * The scenario's injects: each with its status and when it fires, the buttons its status allows
 * (fire now, hold, release, cancel) and a form to schedule it so many hours from now. A keyed
 * row per inject: an update changes the row whose inject changed, and the hours typed in another
 * row stay where they are.
 */
export function Injects({ view, now, acts }: InjectsProps) {
  const injects = useComputed(() => view.value.injects);
  return (
    <section class="card injects" aria-labelledby="injects-title">
      <h2 id="injects-title">{t('ui.console.injects')}</h2>
      <table aria-labelledby="injects-title">
        <thead>
          <tr>
            <th scope="col">{t('ui.console.inject')}</th>
            <th scope="col">{t('ui.console.inject-status')}</th>
            <th scope="col">{t('ui.console.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(injects.value).map(([id, inject]) => (
            <InjectRow key={id} id={id} inject={inject} now={now} acts={acts} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** When a fired inject fired (fired early, it is not when it was scheduled); otherwise when it is due. */
const shownAt = (inject: Inject): number | null => (inject.status === 'fired' ? inject.firedAt : inject.at);

interface InjectRowProps {
  id: string;
  inject: Inject;
  now: () => number;
  acts: Acts;
}

function InjectRow({ id, inject, now, acts }: InjectRowProps) {
  const hours = useSignal('');
  const { status } = inject;
  const waiting = status === 'pending' || status === 'held';
  const fieldId = `inject-at-${id}`;
  return (
    <tr data-inject={id}>
      <th scope="row">{inject.inject.title}</th>
      <td data-inject-status={status}>
        {tDynamic(`ui.inject.${status}`, {}, status)}
        {shownAt(inject) !== null ? ` (${when(shownAt(inject) ?? 0)})` : ''}
      </td>
      <td>
        <div class="buttons">
          {waiting ? (
            <button
              type="button"
              data-action="fire"
              onClick={() => acts.command({ type: 'fireInject', injectId: id })}
            >
              {t('ui.console.fire')}
            </button>
          ) : null}
          {status === 'pending' ? (
            <button
              type="button"
              data-action="hold"
              onClick={() => acts.command({ type: 'holdInject', injectId: id })}
            >
              {t('ui.console.hold')}
            </button>
          ) : null}
          {status === 'held' ? (
            <button
              type="button"
              data-action="release"
              onClick={() => acts.command({ type: 'releaseInject', injectId: id })}
            >
              {t('ui.console.release')}
            </button>
          ) : null}
          {waiting ? (
            <button
              type="button"
              data-action="cancel"
              onClick={() => acts.command({ type: 'cancelInject', injectId: id })}
            >
              {t('ui.console.cancel')}
            </button>
          ) : null}
        </div>
        {status !== 'fired' ? (
          <form
            class="inline schedule"
            data-form={`schedule-${id}`}
            onSubmit={(event) => {
              event.preventDefault();
              acts.command({
                type: 'scheduleInject',
                injectId: id,
                at: Math.round(now() + Number(hours.value || 0) * 60),
              });
            }}
          >
            <label class="visually-hidden" for={fieldId}>
              {t('ui.console.schedule-at', { title: inject.inject.title })}
            </label>
            <input
              id={fieldId}
              type="number"
              name="at"
              min={0}
              step="any"
              value={hours}
              onInput={(event) => {
                if (!event.currentTarget.validity.badInput) hours.value = event.currentTarget.value;
              }}
            />
            <span class="unit" aria-hidden="true">
              {t('ui.console.hours')}
            </span>
            <button type="submit" data-action="schedule">
              {t('ui.console.schedule')}
            </button>
          </form>
        ) : null}
      </td>
    </tr>
  );
}

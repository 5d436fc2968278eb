import type { SeatsInfo } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { t } from '../i18n.js';

/**
 * A moot court's jury in the console: the jurors' own join link (with the jury's key after `#`,
 * so that a team that knows the join code cannot sit as a juror), and each juror who joined, by
 * the name they gave, with how many of their devices are connected. Nothing without a jury.
 */
export function JuryLink({
  code,
  base,
  seats,
}: {
  code: string;
  base: ReadonlySignal<string | null>;
  seats: ReadonlySignal<SeatsInfo | null>;
}) {
  const jury = useComputed(() => seats.value?.jury ?? null);
  const current = jury.value;
  if (!current) return null;
  const path = `/jury/${code}#${current.key}`;
  const link = base.value ? new URL(path, base.value).href : path;
  const jurors = Object.entries(current.jurors);
  return (
    <section class="card jury-link" aria-labelledby="jury-link-title">
      <h2 id="jury-link-title">{t('ui.console.jury-link')}</h2>
      <p class="hint">{t('ui.console.jury-link-hint')}</p>
      <p>
        <a href={link} data-link="jury">
          {link}
        </a>
      </p>
      {jurors.length === 0 ? (
        <p>{t('ui.console.no-jurors')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ui.console.juror')}</th>
              <th scope="col">{t('ui.console.online')}</th>
            </tr>
          </thead>
          <tbody>
            {jurors.map(([id, juror]) => (
              <tr key={id} data-juror={id}>
                <th scope="row">{juror.name}</th>
                <td>{String(juror.online)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import type { Ack, ErrorBody, JoinResult, Seat } from '@crossborder/protocol';
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { errorText, t } from '../i18n.js';
import { useInstructorKey } from './key-gate.js';

/** What looking through a seat needs of the GameClient: taking the look seat (back, after a reload). */
export interface LookClient {
  resume(code: string, seat: Seat): Promise<Ack<JoinResult> | null>;
  join(code: string, seat: Seat, name: string, key?: string): Promise<Ack<JoinResult>>;
}

type Looking = { state: 'opening' } | { state: 'open' } | { state: 'refused'; error: ErrorBody };

/**
 * `/look/CODE/country`: the instructor's read-only look through a team's seat. Behind the key
 * gate (once per tab, as the console), it takes the `look` seat with the instructor key (back with
 * its token after a reload), then shows `children`: the team's own screen in its read-only mode,
 * live. A key the server refuses brings the gate back, saying so; any other refusal is said with
 * the way back to the console.
 */
export function LookPage({
  client,
  code,
  country,
  children,
}: {
  client: LookClient;
  code: string;
  country: string;
  children: ComponentChildren;
}) {
  const key = useInstructorKey();
  const looking = useSignal<Looking>({ state: 'opening' });
  const seat = useMemo((): Seat => ({ kind: 'look', country }), [country]);
  const { apiKey, forget } = key;
  useEffect(() => {
    if (!apiKey) return;
    let live = true;
    void (async () => {
      const resumed = await client.resume(code, seat);
      if (!live) return;
      if (resumed?.ok) {
        looking.value = { state: 'open' };
        return;
      }
      const answer = await client.join(code, seat, t('ui.console.name'), apiKey);
      if (!live) return;
      if (answer.ok) looking.value = { state: 'open' };
      else if (answer.error.code === 'wrong-key') forget(true);
      else looking.value = { state: 'refused', error: answer.error };
    })();
    return () => {
      live = false;
    };
  }, [apiKey, client, code, seat]);
  if (key.gate) return key.gate;
  const now = looking.value;
  if (now.state === 'open') return <>{children}</>;
  return (
    <div class="screen landing">
      <header class="topbar">
        <h1>{t('ui.instructor.title')}</h1>
      </header>
      <main>
        {now.state === 'opening' ? (
          <p role="status">{t('ui.look.opening')}</p>
        ) : (
          <p class="warning" role="alert">
            {t('ui.look.refused', { message: errorText(now.error) })}
          </p>
        )}
        <p>
          <a href={`/instructor/${encodeURIComponent(code)}`} data-link="console">
            {t('ui.look.back')}
          </a>
        </p>
      </main>
    </div>
  );
}

import type { FiredInject } from '@crossborder/engine';
import { t } from '../i18n.js';

/**
 * An inject as the teams read it: its title in bold (a message from the instructor says whose
 * words they are), when, and its message as text. The team's briefing draws its news with it and
 * the console's timeline its previews, so the instructor reads exactly what the teams will.
 */
export function InjectText({
  inject,
  at,
}: {
  inject: Pick<FiredInject, 'title' | 'message' | 'kind'>;
  at: string;
}) {
  return (
    <>
      <strong>{inject.kind === 'message' ? `❝ ${t('ui.message.from-instructor')}` : inject.title}</strong>
      {` — ${at}: `}
      {inject.message}
    </>
  );
}

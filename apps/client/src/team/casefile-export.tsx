import type { SessionInfo } from '@crossborder/protocol';
import { type ReadonlySignal, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { tokenStore } from '../net/tokens.js';
import { downloadFile } from '../ui/download.js';
import type { Team } from './context.js';

/**
 * The team's case file for a moot hearing (its requests, the answers, its evidence chain and its
 * written reasoning), downloaded with its own seat's token: the server gives it to that seat
 * only. Not there when the screen cannot download it (the instructor looking read-only).
 */
export function CaseFileExport({ team }: { team: Team }) {
  const problem = useSignal('');
  const download = team.downloadCaseFile;
  if (!download) return null;
  return (
    <div class="casefile-export">
      <button
        type="button"
        data-action="casefile-export"
        aria-describedby="casefile-export-hint"
        onClick={() =>
          void download().then((answer) => {
            problem.value = answer ?? '';
          })
        }
      >
        {t('ui.casefile.export')}
      </button>
      <p class="hint" id="casefile-export-hint">
        {t('ui.casefile.export-hint')}
      </p>
      <p role="status" class="warning">
        {problem}
      </p>
    </div>
  );
}

/**
 * How the team screen downloads its case file: with the seat token this browser keeps for the
 * session (net/tokens.ts), from `GET /api/team/:country/casefile`.
 */
export function caseFileDownloader(
  session: ReadonlySignal<SessionInfo | null>,
  country: string,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): () => Promise<string | null> {
  return async () => {
    const code = session.peek()?.code ?? '';
    const token = tokenStore(storage).get(code, { kind: 'country', country }) ?? '';
    return downloadFile(
      `/api/team/${encodeURIComponent(country)}/casefile`,
      token,
      `crossborder-${code}-casefile.html`,
    );
  };
}

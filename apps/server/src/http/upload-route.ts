import type { HttpError, UploadAnswer } from '@crossborder/protocol';
import type { Router } from 'express';
import { serverError } from '../errors.js';
import type { ScenarioLibrary } from '../library.js';
import type { Logger } from '../log.js';
import { listed } from '../scenarios.js';
import { shownName } from '../upload.js';
import { readScenarioBody } from './scenario-body.js';

/**
 * `POST /api/scenarios?name=<file>.yaml[&replace=1]`: a scenario file uploaded from the console,
 * its bytes as the body. Checked as the check command checks it (on the checker's worker
 * thread); a valid one is kept among the uploaded scenarios and can be played at once by its id.
 * Every refusal says what, why and how to fix it; an invalid file's answer lists its problems.
 */
export function uploadRoute(api: Router, deps: { library: ScenarioLibrary; log: Logger }): void {
  api.post('/scenarios', readScenarioBody, async (request, response) => {
    const given = typeof request.query.name === 'string' ? request.query.name : '';
    if (!given) {
      response.status(400).json({ error: serverError('http.upload-no-name') } satisfies HttpError);
      return;
    }
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const kept = await deps.library.keep(shownName(given), bytes, request.query.replace === '1');
    if (!kept.ok) {
      const problems = kept.entry?.problems;
      response.status(kept.status).json({
        error: {
          ...serverError(kept.code, kept.params),
          ...(kept.entry ? { issues: kept.entry.issues } : {}),
          ...(problems ? { problems } : {}),
        },
      });
      return;
    }
    deps.log.info({ scenario: kept.entry.id, replaced: kept.replaced }, 'scenario uploaded');
    response.status(201).json({
      kept: listed(kept.entry),
      replaced: kept.replaced,
      problems: kept.entry.problems,
    } satisfies UploadAnswer);
  });
}

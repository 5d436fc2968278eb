import { z } from 'zod';
import { ScenarioListEntry } from './http.js';

/**
 * Uploading a scenario from the console (`POST /api/scenarios`): the body is the file's bytes as
 * they are on disk, its name in the `name` query parameter (for the place of each problem, never
 * for where the server keeps it), `replace=1` to replace an earlier upload with the same id.
 */

/** A problem of a scenario file, as the check command prints it, in parts for the console to lay out. */
export const ScenarioProblem = z.object({
  line: z.number().int(),
  column: z.number().int(),
  /** Where in the document (`case.evidence.c2-logs.holder`); empty for the file as a whole. */
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  /** What is wrong, why, and how to fix it, in the check command's words. */
  message: z.string(),
});
export type ScenarioProblem = z.infer<typeof ScenarioProblem>;

/**
 * The answer to an upload. `kept`: the file is valid, saved among the uploaded scenarios (the
 * entry as `GET /api/scenarios` lists it) and can be played at once by its id. Otherwise
 * (status 422) the body is an `HttpError` whose `error.problems` lists every problem.
 */
export const UploadAnswer = z.object({
  kept: ScenarioListEntry,
  /** Whether it replaced an earlier upload with the same id. */
  replaced: z.boolean(),
  /** Warnings: the scenario plays, but the author may want to look. */
  problems: z.array(ScenarioProblem),
});
export type UploadAnswer = z.infer<typeof UploadAnswer>;

/** What a refused upload's error carries besides its code and message. */
export const UploadRefusal = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()]))
      .optional(),
    problems: z.array(ScenarioProblem).optional(),
  }),
});
export type UploadRefusal = z.infer<typeof UploadRefusal>;

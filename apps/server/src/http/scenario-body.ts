import type { HttpError } from '@crossborder/protocol';
import { MAX_SCENARIO_BYTES } from '@crossborder/scenario';
import express, { type NextFunction, type Request, type Response } from 'express';
import { serverError } from '../errors.js';

// Twice the cap, so that a file a little too big is told its size instead of a bare "too large".
const body = express.raw({ type: () => true, limit: MAX_SCENARIO_BYTES * 2 });

/** Reads a scenario file sent as the request's body (an upload, a studio draft); too big: 413 with its size. */
export function readScenarioBody(request: Request, response: Response, next: NextFunction): void {
  body(request, response, (error?: unknown) => {
    const { status, length } = (error ?? {}) as { status?: number; length?: number };
    if (status !== 413) return next(error);
    response.status(413).json({
      error: serverError('http.upload-too-large', { bytes: length ?? 0, max: MAX_SCENARIO_BYTES }),
    } satisfies HttpError);
  });
}

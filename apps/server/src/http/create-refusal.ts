import { BotThink, type ErrorBody } from '@crossborder/protocol';
import { serverError } from '../errors.js';

/** The longest part of a wrong value said back in an answer. */
const SHOWN = 40;

/**
 * Why the body of a new session (`POST /api/sessions`) was refused: a bot thinking time that is
 * not one is named with what to write instead; anything else gets the general answer.
 */
export function badCreateRequest(body: unknown): ErrorBody {
  const think =
    typeof body === 'object' && body !== null ? (body as { botThink?: unknown }).botThink : undefined;
  if (think !== undefined && !BotThink.safeParse(think).success) {
    const written = typeof think === 'string' ? think : JSON.stringify(think);
    const value = written.length > SHOWN ? `${written.slice(0, SHOWN)}…` : written;
    return serverError('http.bad-bot-think', { value });
  }
  return serverError('http.bad-request');
}

/**
 * English for the server's own answers: socket errors, notices and the HTTP API's errors, keyed
 * `server.<code>` where `<code>` is the stable error code of PROTOCOL.md. A client shows the
 * message of its own language by the code; the server sends the English text beside it.
 */
export const SERVER = {
  // Seats and sessions.
  'server.no-seat': 'Join a session first.',
  'server.unknown-code': 'No session has the join code {code}. Check the code on the screen.',
  'server.unknown-token': 'This seat is no longer valid. Join again with the session code.',
  'server.old-instructor-key':
    'The instructor key has changed since this seat was taken. Sign in again with the new key.',
  'server.unknown-country': 'There is no country "{country}" in this session.',
  'server.seat-locked':
    'The instructor has locked this country. Ask the instructor to unlock it, or use your own link.',
  'server.name-confusable':
    'The name “{name}” looks like “{other}”, already used in this session. Choose a name that looks different, so that nobody mistakes one team for another.',
  'server.not-instructor': 'Only the instructor can do this.',
  'server.wrong-key': 'The instructor key is wrong.',
  'server.observer': 'Observers watch; they do not act.',
  'server.session-ended': 'The session has ended: nothing more can be done in it.',
  'server.session-ended-control':
    'The session has ended: its clock and seats no longer change. Open the debrief, or reveal the board on the projector.',
  'server.session-archived': 'The instructor archived this session: it can no longer be played.',
  'server.session-deleted': 'The instructor deleted this session.',
  'server.seat-revoked':
    'The instructor removed this seat from the session. Ask the instructor if this is a mistake.',
  'server.shutdown': 'The server is shutting down.',
  'server.closed-by-instructor': 'The instructor closed this session.',
  'server.rate-limited': 'Too many messages: slow down a little.',
  'server.storage': 'The server could not save; nothing was changed. Try again.',
  'server.internal': 'Something went wrong on the server; nothing was changed.',

  // The HTTP API.
  'server.http.not-instructor': 'This needs the instructor key (Authorization: Bearer <key>).',
  'server.http.bad-request':
    'Send a JSON object with "scenario" (the id of a bundled scenario) or "source" (the YAML text of one to upload); add "clock": "rounds" for a moot exercise.',
  'server.http.unknown-scenario': 'No bundled scenario "{scenario}".',
  'server.http.invalid-scenario': 'The scenario has errors.',
  'server.http.check-failed':
    'The scenario could not be checked: {reason}. Make the file smaller or simpler, then upload it again.',
  'server.http.unknown-session': 'No such session.',
  'server.http.too-large': 'The request is too large.',
  'server.http.unreadable': 'The request could not be read.',
  'server.http.internal': 'Something went wrong on the server.',
} as const satisfies Record<string, string>;

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
  'server.not-moot':
    'This session is not a moot court, so it has no jury. The instructor creates a moot session (Moot exercise, rounds) for jurors.',
  'server.wrong-jury-key':
    'This jury link is not this session’s. Open the juror link the instructor’s console shows, as it is.',
  'server.jury-full':
    'This jury is full ({max, plural, one {# juror} other {# jurors}}). Ask the instructor.',
  'server.look-read-only':
    'This is the instructor’s read-only look at {country}’s screen: from here nobody can act for its team or steer the session. Act from the console.',
  'server.session-ended': 'The session has ended: nothing more can be done in it.',
  'server.session-ended-control':
    'The session has ended: its clock and seats no longer change. Open the debrief, or reveal the board on the projector.',
  'server.session-archived': 'The instructor archived this session: it can no longer be played.',
  'server.session-deleted': 'The instructor deleted this session.',
  'server.seat-revoked':
    'The instructor removed this seat from the session. Ask the instructor if this is a mistake.',
  'server.shutdown': 'The server is shutting down.',
  'server.session-moved':
    'This session is moving to another server. Your screen reconnects by itself; try again in a moment.',
  'server.closed-by-instructor': 'The instructor closed this session.',
  'server.rate-limited': 'Too many messages: slow down a little.',
  'server.storage': 'The server could not save; nothing was changed. Try again.',
  'server.internal': 'Something went wrong on the server; nothing was changed.',

  // The HTTP API.
  'server.http.not-instructor': 'This needs the instructor key (Authorization: Bearer <key>).',
  'server.http.bad-request':
    'Send a JSON object with "scenario" (the id of a bundled scenario) or "source" (the YAML text of one to upload); add "clock": "rounds" for a moot exercise, and "botThink": "30m" for how long bots think after each decision.',
  'server.http.bad-bot-think':
    '“{value}” is not a bot thinking time: write "botThink" as a game duration such as "30m", "2h" or "1d" (at most a day; "0m" for bots that answer at once), or leave it out for the server’s default.',
  'server.http.unknown-scenario': 'No bundled scenario "{scenario}".',
  'server.http.invalid-scenario': 'The scenario has errors.',
  'server.http.check-failed':
    'The scenario could not be checked: {reason}. Make the file smaller or simpler, then upload it again.',
  'server.http.unknown-session': 'No such session.',
  'server.http.too-large': 'The request is too large.',
  'server.http.unreadable': 'The request could not be read.',
  'server.http.internal': 'Something went wrong on the server.',

  // Scenarios uploaded from the console (POST /api/scenarios) and the scenario folders.
  'server.http.upload-no-name':
    'Say the file’s name: send the file as the body of POST /api/scenarios?name=<file>.yaml.',
  'server.http.upload-extension':
    'The file “{name}” is not a scenario file: a scenario is a YAML text file whose name ends in .yaml or .yml. Choose the scenario file, or rename it if it is one.',
  'server.http.upload-too-large':
    'The file is {bytes, plural, one {# byte} other {# bytes}}; a scenario may have at most {max, plural, one {# byte} other {# bytes}}, so that checking it stays fast and safe. Remove what it does not need, or split it into two scenarios.',
  'server.http.upload-empty': 'The file “{name}” is empty. Choose the scenario file and upload it again.',
  'server.http.upload-binary':
    'The file “{name}” is not text (byte {offset} is a zero byte, which no text file holds): it may be a picture, a document or an archive. Save the scenario as plain text with a .yaml name and upload that.',
  'server.http.upload-not-utf8':
    'The file “{name}” is not UTF-8 text, so its letters cannot be read for certain. Save it as UTF-8 in your editor and upload it again.',
  'server.http.upload-id-taken':
    'The scenario’s id “{id}” (line {line}) is already used by {file}, which the server reads from its scenario folders: an upload cannot replace it. Give the uploaded scenario another id and upload it again.',
  'server.http.upload-id-uploaded':
    'A scenario with the id “{id}” (line {line}) was already uploaded ({file}). Tick “Replace an earlier upload with the same id” to replace it, or give this one another id.',
  'server.http.upload-not-kept':
    'The scenario is valid but could not be saved ({reason}); nothing was kept. Check that the server may write to its data folder, then upload it again.',
  // Drafts saved from the scenario studio (PUT /api/studio/drafts/<name>.yaml).
  'server.http.draft-name':
    'The draft cannot be saved as “{name}”: a draft’s file name is lower-case letters, digits and single hyphens, ending in .yaml (for example my-case.yaml), so that it stays in the server’s scenario folder. Choose such a name.',
  'server.http.draft-exists':
    'A scenario file named “{name}” is already in the server’s scenario folder. Tick “Replace the file of the same name” to overwrite it, or choose another name.',
  'server.http.draft-not-kept':
    'The draft could not be saved ({reason}); nothing was written. Check that the server may write to its data folder, then save again.',
  'server.scenario-duplicate-id':
    'the id "{id}" is already used by {file}, which is the one offered: when two folders hold the same id, the first found is kept (the bundled scenarios, then the extra folders in the order given, then the uploaded ones). Give this scenario another id to offer it too',
  'server.scenario-unchecked': 'the file could not be checked: {reason}. Make it smaller or simpler',
  'server.scenario-unreadable': 'the file could not be read: {reason}',
  // Forks (POST /api/sessions/:id/fork).
  'server.http.fork-bad-request':
    'Send a JSON object with "at": the game time to start from, in whole minutes since the start of the scenario.',
  'server.http.fork-unknown-session':
    'There is no session to start from: it does not exist on this server, or it was deleted or archived. Choose a session from the list of sessions.',
  'server.http.fork-before-start':
    'Session {code} cannot be forked at {when}: that is before its start. Choose a time between {first} and {last}.',
  'server.http.not-a-fork':
    'This session was not started from another one: it has no original to compare with.',
  'server.http.fork-original-gone':
    'Session {code}, which this one was started from, was deleted: the two branches can no longer be compared.',
  'server.http.fork-after-end':
    'Session {code} cannot be forked at {when}: it has not been played that far. Choose a time between {first} and {last}.',
} as const satisfies Record<string, string>;

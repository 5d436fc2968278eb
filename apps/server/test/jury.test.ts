import type { JurorView } from '@crossborder/engine';
import type { Seat, SeatsInfo, ServerMessages } from '@crossborder/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, until } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** A juror asks for a seat without a number: the server gives one. */
const JUROR = { kind: 'juror' } as unknown as Seat;
const score = (level: number, feedback: string) => ({
  type: 'awardPoints',
  country: 'lumeria',
  criterion: 'jurisdiction-memorandum',
  level,
  feedback,
});

/** A moot court of the fraud ring, with its instructor seated; the jury's key from the console. */
async function mootCourt(clock: 'rounds' | 'realtime' = 'rounds') {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: 'fraud-ring', clock }),
  });
  const { session } = (await response.json()) as { session: { id: string; code: string } };
  const instructor = new Client(server.url);
  const joined = await instructor.join(session.code, { kind: 'instructor' }, 'Instructor', KEY);
  if (!joined.ok) throw new Error(joined.error.message);
  return { ...session, instructor, jury: joined.seats?.jury };
}

/** The seats the instructor was last told of. */
const seatsOf = (client: Client) =>
  client.received.filter((message) => message.event === 'seats').at(-1)?.payload as SeatsInfo | undefined;

describe('juror seats', () => {
  it('two jurors join by the jury link, each gets a seat of their own and the jury’s view', async () => {
    const { code, instructor, jury } = await mootCourt();
    expect(jury?.key).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(jury?.jurors).toEqual({});
    const first = new Client(server.url);
    const second = new Client(server.url);
    const one = await first.join(code, JUROR, 'Judge Amara', jury?.key);
    const two = await second.join(code, JUROR, 'Prof. Lind', jury?.key);
    expect(one.ok && one.seat).toEqual({ kind: 'juror', juror: '@juror-1' });
    expect(two.ok && two.seat).toEqual({ kind: 'juror', juror: '@juror-2' });
    expect(one.ok && one.seats).toBeUndefined();
    const view = first.view as JurorView;
    expect(view.role).toBe('juror');
    expect(Object.keys(view.rubric)).toContain('jurisdiction-memorandum');
    await until(() => Object.keys(seatsOf(instructor)?.jury?.jurors ?? {}).length === 2);
    expect(seatsOf(instructor)?.jury?.jurors).toEqual({
      '@juror-1': { name: 'Judge Amara', online: 1 },
      '@juror-2': { name: 'Prof. Lind', online: 1 },
    });
    for (const client of [instructor, first, second]) client.close();
  });

  it('each juror scores as themself; neither sees the other’s score; both are in the report', async () => {
    const { id, code, instructor, jury } = await mootCourt();
    const first = new Client(server.url);
    const second = new Client(server.url);
    await first.join(code, JUROR, 'Judge Amara', jury?.key);
    await second.join(code, JUROR, 'Prof. Lind', jury?.key);
    expect((await first.command(score(3, 'Weighs every competing claim.'))).ok).toBe(true);
    expect((await second.command(score(1, 'Ignores the other claims.'))).ok).toBe(true);
    await until(() => Object.keys((second.view as JurorView).awards).length === 1);
    await until(() => Object.keys((first.view as JurorView).awards).length === 1);
    expect(Object.values((first.view as JurorView).awards).map((award) => award.feedback)).toEqual([
      'Weighs every competing claim.',
    ]);
    expect(JSON.stringify(second.view)).not.toContain('Weighs every competing claim.');
    // Nor does the log tell a juror of another's score.
    const lines = second.received
      .filter((message) => message.event === 'update')
      .flatMap((message) => (message.payload as ServerMessages['update']).log);
    expect(lines.filter((line) => line.key === 'log.points-awarded')).toEqual([]);
    const report = await fetch(`${server.url}/api/sessions/${id}/report`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    const html = await report.text();
    expect(html).toContain('Judge Amara');
    expect(html).toContain('Prof. Lind');
    expect(html).toContain('<td>2</td><td>10</td><td>10</td>');
    for (const client of [instructor, first, second]) client.close();
  });

  it('a juror cannot act for a team nor steer the session', async () => {
    const { code, instructor, jury } = await mootCourt();
    const juror = new Client(server.url);
    await juror.join(code, JUROR, 'Judge Amara', jury?.key);
    const command = await juror.command({ type: 'openCase', title: 'x', offences: ['investment-fraud'] });
    expect(!command.ok && command.error.code).toBe('actor.juror-only-scores');
    const inject = await juror.command({ type: 'addNote', text: 'From the jury box' });
    expect(!inject.ok && inject.error.code).toBe('actor.juror-only-scores');
    const control = await juror.control({ action: 'start' });
    expect(!control.ok && control.error.code).toBe('not-instructor');
    for (const client of [instructor, juror]) client.close();
  });

  it('is closed without the jury link’s key, to a juror who names a number, and outside moot courts', async () => {
    const { code, instructor, jury } = await mootCourt();
    const stranger = new Client(server.url);
    const without = await stranger.join(code, JUROR, 'A team member');
    expect(!without.ok && without.error.code).toBe('wrong-jury-key');
    const instructorKey = await stranger.join(code, JUROR, 'A team member', KEY);
    expect(!instructorKey.ok && instructorKey.error.code).toBe('wrong-jury-key');
    const numbered = await stranger.join(
      code,
      { kind: 'juror', juror: '@juror-1' } as Seat,
      'Impostor',
      jury?.key,
    );
    expect(!numbered.ok && numbered.error.code).toBe('bad-message');
    const realtime = await mootCourt('realtime');
    expect(realtime.jury).toBeUndefined();
    const outside = await stranger.join(realtime.code, JUROR, 'Judge Amara', jury?.key);
    expect(!outside.ok && outside.error.code).toBe('not-moot');
    for (const client of [instructor, realtime.instructor, stranger]) client.close();
  });

  it('a juror who reloads takes back their own seat, not a new one', async () => {
    const { code, instructor, jury } = await mootCourt();
    const juror = new Client(server.url);
    const joined = await juror.join(code, JUROR, 'Judge Amara', jury?.key);
    const token = joined.ok ? joined.token : '';
    juror.close();
    const back = new Client(server.url);
    const resumed = await back.resume(token);
    expect(resumed.ok && resumed.seat).toEqual({ kind: 'juror', juror: '@juror-1' });
    expect((await back.command(score(2, 'Sound.'))).ok).toBe(true);
    for (const client of [instructor, back]) client.close();
  });
});

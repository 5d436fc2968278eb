import type { CountryView, InstructorView } from '@crossborder/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  KEY,
  MLA_CONTENTS,
  PRESERVATION_CONTENTS,
  SAFEGUARDS,
  startTestServer,
  until,
} from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('two teams and an instructor play the tutorial over sockets', () => {
  it('from join to the end of the session', async () => {
    const { code } = await server.createSession('tutorial');
    const instructor = new Client(server.url);
    const aldoria = new Client(server.url);
    const borealis = new Client(server.url);
    expect((await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY)).ok).toBe(true);
    const joined = await aldoria.join(code, { kind: 'country', country: 'aldoria' }, 'Team Aldo');
    expect(joined.ok && joined.seat).toEqual({ kind: 'country', country: 'aldoria' });
    expect((await borealis.join(code, { kind: 'country', country: 'borealis' }, 'Team Bor')).ok).toBe(true);

    expect((await instructor.control({ action: 'start' })).ok).toBe(true);

    expect(
      await aldoria.command({ type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] }),
    ).toEqual({ ok: true, events: 1 });
    const caseId = Object.keys((aldoria.view as CountryView).cases)[0] ?? '';
    await until(() => Object.keys((aldoria.view as CountryView).cases).length === 1);
    expect(
      (
        await aldoria.command({
          type: 'takeMeasure',
          caseId,
          kind: 'production-order',
          target: { evidence: 'fraud-reports' },
          safeguards: SAFEGUARDS,
        })
      ).ok,
    ).toBe(true);

    // Pausing makes the test deterministic: time moves only when the instructor advances it.
    expect((await instructor.control({ action: 'pause' })).ok).toBe(true);
    expect((await instructor.control({ action: 'advance', minutes: 1440 })).ok).toBe(true);
    await until(() => (aldoria.view as CountryView).evidence['hosting-logs'] !== undefined);

    const preservation = await aldoria.command({
      type: 'sendRequest',
      kind: 'preservation',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: '24-7-network',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: PRESERVATION_CONTENTS,
    });
    expect(preservation.ok).toBe(true);
    await until(() => Object.keys((borealis.view as CountryView).requests).length === 1);
    const requestId = Object.keys((borealis.view as CountryView).requests)[0] ?? '';

    // An unlawful refusal is rejected with its rule and article; nothing changes.
    const refusal = await borealis.command({
      type: 'refuseRequest',
      requestId,
      ground: 'bank-secrecy',
      reasons: 'Our banks are secret.',
    });
    expect(refusal.ok).toBe(false);
    if (!refusal.ok) {
      expect(refusal.error.ruleId).toBe('mla.refusal.bank-secrecy');
      expect(refusal.error.article).toMatch(/^Art\. 40/);
    }

    expect((await borealis.command({ type: 'executeRequest', requestId })).ok).toBe(true);
    await instructor.control({ action: 'advance', minutes: 180 });
    await until(() => (aldoria.view as CountryView).evidence['hosting-logs']?.preservation !== null);

    const mla = await aldoria.command({
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: MLA_CONTENTS,
      suggestedDeadline: 5 * 1440,
      deadlineReason: 'The suspect is still active and robbing customers.',
    });
    expect(mla.ok).toBe(true);
    await instructor.control({ action: 'advance', minutes: 1440 });
    await until(() =>
      Object.values((borealis.view as CountryView).requests).some(
        (request) => request.kind === 'stored-data' && request.status === 'received',
      ),
    );
    const mlaId =
      Object.values((borealis.view as CountryView).requests).find((request) => request.kind === 'stored-data')
        ?.id ?? '';
    expect((await borealis.command({ type: 'executeRequest', requestId: mlaId })).ok).toBe(true);
    await instructor.control({ action: 'advance', minutes: 4 * 1440 });
    await until(() => (aldoria.view as CountryView).evidence['hosting-logs']?.copy !== null);
    expect((aldoria.view as CountryView).facts['admin-from-aldoria']).toBeDefined();
    expect((borealis.view as CountryView).facts['admin-from-aldoria']).toBeUndefined();

    // The instructor sees everything, and ends the session.
    const state = (instructor.view as InstructorView).state;
    expect(Object.keys(state.requests)).toHaveLength(2);
    expect((await instructor.control({ action: 'end' })).ok).toBe(true);
    await until(() => aldoria.received.some((message) => message.event === 'notice'));
    expect(
      (await aldoria.command({ type: 'openCase', title: 'Too late', offences: ['credential-phishing'] })).ok,
    ).toBe(false);

    // Every client saw its updates in order, with no gap.
    expect([aldoria.gaps, borealis.gaps, instructor.gaps]).toEqual([0, 0, 0]);
    for (const client of [instructor, aldoria, borealis]) client.close();
  });
});

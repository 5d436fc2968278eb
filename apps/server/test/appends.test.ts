import {
  type CountryView,
  createEngine,
  type Event,
  type InstructorView,
  type View,
} from '@crossborder/engine';
import type { PatchOp, ServerMessages } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  KEY,
  PRESERVATION_CONTENTS,
  SAFEGUARDS,
  startTestServer,
  tutorialTable,
  until,
} from './support.js';

/**
 * An append-only collection travels as appends: a message added to a long consultation costs
 * every seat that sees it the message, not the thread again (before appends, 60 messages of
 * 4,000 characters made a 1-character message a 242 KB update to each participant).
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  // 60 messages in a row from one socket: more than the default burst allows.
  server = await startTestServer(undefined, ['--rate-limit', '1000']);
});
afterAll(async () => {
  await server.stop();
});

/** The views the engine gives these seats, rebuilt from the session's exported log. */
async function viewsFromLog(id: string, viewers: string[]): Promise<View[]> {
  const response = await fetch(`${server.url}/api/sessions/${id}/export`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  const exported = (await response.json()) as { scenarioSource: string; events: Event[] };
  const { scenario } = loadScenarioText(exported.scenarioSource, 'export.yaml');
  if (!scenario) throw new Error('the exported scenario does not load');
  const engine = createEngine(scenario);
  const state = engine.replay(exported.events);
  return viewers.map((viewer) => engine.view(state, viewer));
}

/** The updates a client received from the `from`-th thing it received on. */
function updatesSince(client: Client, from: number): ServerMessages['update'][] {
  return client.received
    .slice(from)
    .filter((received) => received.event === 'update')
    .map((received) => received.payload as ServerMessages['update']);
}

/** How many updates, and their size as JSON. */
function measure(updates: ServerMessages['update'][]): { count: number; bytes: number } {
  const bytes = updates.reduce((sum, update) => sum + Buffer.byteLength(JSON.stringify(update)), 0);
  return { count: updates.length, bytes };
}

describe('a long consultation', () => {
  it('takes one more message as an update that costs the message, not the thread', async () => {
    // Paused: nothing else happens in the session while the thread grows.
    const { id, instructor, aldoria, borealis } = await tutorialTable(server);

    const long = (n: number) => `${n} `.padEnd(4000, String.fromCharCode(97 + (n % 26)));
    const opened = await aldoria.command({
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'other',
      message: long(0),
    });
    expect(opened.ok).toBe(true);
    const threads = (client: Client) => Object.values((client.view as CountryView).consultations);
    await until(() => threads(borealis).length === 1);
    const consultationId = threads(borealis)[0]?.id ?? '';
    const length = (client: Client) =>
      (client.view as CountryView).consultations[consultationId]?.messages.length ?? 0;
    for (let n = 1; n < 60; n++) {
      const sent = await (n % 2 ? borealis : aldoria).command({
        type: 'sendConsultationMessage',
        consultationId,
        text: long(n),
      });
      expect(sent.ok).toBe(true);
    }
    await until(() => length(aldoria) === 60 && length(borealis) === 60);
    const instructorThread = () =>
      (instructor.view as InstructorView).state.consultations[consultationId]?.messages.length ?? 0;
    await until(() => instructorThread() === 60);

    const marks = [aldoria, borealis, instructor].map((client) => client.received.length);
    expect(await aldoria.command({ type: 'sendConsultationMessage', consultationId, text: 'k' })).toEqual({
      ok: true,
      events: 1,
    });
    await until(() => length(aldoria) === 61 && length(borealis) === 61 && instructorThread() === 61);

    const [toAldoria, toBorealis, toInstructor] = [aldoria, borealis, instructor].map((client, index) =>
      measure(updatesSince(client, marks[index] ?? 0)),
    );
    console.log(
      `a 1-character message after 60 of 4,000: update of ${toAldoria?.bytes} bytes to aldoria, ` +
        `${toBorealis?.bytes} to borealis, ${toInstructor?.bytes} to the instructor`,
    );
    for (const received of [toAldoria, toBorealis, toInstructor]) {
      expect(received?.count).toBe(1);
      expect(received?.bytes).toBeLessThan(2048);
    }

    // What each client assembled from appends is exactly what the engine shows it.
    const [aldoriaView, borealisView] = await viewsFromLog(id, ['aldoria', 'borealis']);
    expect(aldoria.view).toEqual(aldoriaView);
    expect(borealis.view).toEqual(borealisView);
    expect((borealis.view as CountryView).consultations[consultationId]?.messages.at(-1)?.text).toBe('k');
    for (const client of [instructor, aldoria, borealis]) client.close();
  });
});

describe("a request's exchanges", () => {
  it('grow by appends: consultations, warnings, notices, progress queries, more information', async () => {
    const { id, instructor, aldoria, borealis } = await tutorialTable(server);
    // The tutorial's way to the hosting logs: a production order, then a day.
    await aldoria.command({ type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] });
    await until(() => Object.keys((aldoria.view as CountryView).cases).length === 1);
    const caseId = Object.keys((aldoria.view as CountryView).cases)[0] ?? '';
    const target = { evidence: 'fraud-reports' };
    await aldoria.command({
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target,
      safeguards: SAFEGUARDS,
    });
    await instructor.control({ action: 'advance', minutes: 1440 });
    await until(() => (aldoria.view as CountryView).evidence['hosting-logs'] !== undefined);
    const sent = await aldoria.command({
      type: 'sendRequest',
      kind: 'preservation',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: '24-7-network',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: PRESERVATION_CONTENTS,
      confidential: true,
    });
    expect(sent.ok).toBe(true);
    await until(() => Object.keys((borealis.view as CountryView).requests).length === 1);
    const requestId = Object.keys((borealis.view as CountryView).requests)[0] ?? '';

    /**
     * Runs a command twice (the other party's reply in between, if any) and returns the
     * operations on the request's `field` that the other party got for the second time.
     */
    async function second(by: Client, other: Client, field: string, command: object, reply?: object) {
      let ops: PatchOp[] = [];
      for (const round of [1, 2]) {
        if (round === 2 && reply) expect((await other.command(reply)).ok).toBe(true);
        const mark = other.received.length;
        const seq = other.seq;
        const answer = await by.command(command);
        expect(answer.ok, JSON.stringify(answer)).toBe(true);
        await until(() => other.seq > seq);
        ops = updatesSince(other, mark).flatMap((update) => update.patch);
      }
      return ops.filter((op) => op.path[0] === 'requests' && op.path[2] === field).map((op) => op.op);
    }

    const consult = { type: 'openConsultation', with: ['aldoria'], topic: 'request', request: requestId };
    expect(await second(borealis, aldoria, 'consultations', { ...consult, message: 'Let us talk.' })).toEqual(
      ['append'],
    );
    const warn = { type: 'warnRequester', requestId, text: 'The logs may be gone.' };
    expect(await second(borealis, aldoria, 'warnings', warn)).toEqual(['append']);
    const notify = { type: 'notifyConfidentiality', requestId, text: 'Our law tells the holder.' };
    expect(await second(borealis, aldoria, 'confidentialityNotices', notify)).toEqual(['append']);
    const answerProgress = { type: 'answerProgress', requestId, text: 'Under way.' };
    expect(
      await second(
        aldoria,
        borealis,
        'progressQueries',
        { type: 'queryProgress', requestId },
        answerProgress,
      ),
    ).toEqual(['append']);
    const ask = { type: 'askMoreInformation', requestId, questions: 'Which account?' };
    const provide = { type: 'provideInformation', requestId, contents: { necessity: 'Deleted in days.' } };
    expect(await second(borealis, aldoria, 'moreInformation', ask, provide)).toEqual(['append']);

    const request = (aldoria.view as CountryView).requests[requestId];
    expect(request?.consultations).toHaveLength(2);
    expect(request?.moreInformation).toHaveLength(2);
    const [aldoriaView, borealisView] = await viewsFromLog(id, ['aldoria', 'borealis']);
    expect(aldoria.view).toEqual(aldoriaView);
    expect(borealis.view).toEqual(borealisView);
    for (const client of [instructor, aldoria, borealis]) client.close();
  });
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Step } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { rulingText, simulationWords, stepText } from './simulate-words.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const source = await readFile(`${root}scenarios/tutorial.yaml`, 'utf8');
const tutorial = loadScenarioText(source, 'tutorial.yaml').scenario;
if (!tutorial) throw new Error('the tutorial loads');

const request = {
  id: 'req-4',
  kind: 'stored-data',
  from: 'aldoria',
  to: 'borealis',
  sentAt: 26 * 60,
} as const;
const state = {
  requests: { 'req-4': request },
  agreements: { 'agreement-2': { kind: 'joint-investigation-team' } },
} as unknown as Parameters<typeof rulingText>[1] & object;

describe('the simulation report in words', () => {
  it('says a critical-path step by its catalogue lines, with what a compound objective waited for', () => {
    const step: Step = {
      at: 60,
      country: 'aldoria',
      what: 'obtained',
      subject: 'hosting-logs',
      via: 'req-4',
      line: { key: 'path.obtained', params: { country: 'Aldoria', subject: 'Hosting logs' } },
      viaLine: { key: 'path.via.request', params: { country: 'Borealis', kind: 'Stored data' } },
      decisive: true,
    };
    expect(stepText(step)).toBe(
      'Aldoria obtained "Hosting logs" (by request to Borealis: Stored data)  <- what it waited for',
    );
    expect(stepText({ ...step, viaLine: null, decisive: undefined })).toBe('Aldoria obtained "Hosting logs"');
  });

  it('names a request by its kind, countries and time, and an agreement by its kind', () => {
    const words = simulationWords(tutorial);
    expect(words.requestName(request, {})).toBe(
      'Mutual legal assistance: access to stored data, Aldoria → Borealis, day 1, 02:00',
    );
    expect(
      words.named(
        { requestId: 'req-4', agreementId: 'agreement-2', status: 'executed' },
        state.requests,
        undefined,
        state.agreements,
      ),
    ).toEqual({
      requestId: 'Mutual legal assistance: access to stored data, Aldoria → Borealis, day 1, 02:00',
      agreementId: 'joint investigation team',
      status: 'executed',
    });
    // An id that names nothing in the run stays: the ruling is that there is no such request.
    expect(rulingText(tutorial, state, 'unknown.request', { requestId: 'req-999' })).toBe(
      'There is no request "req-999" for your country to act on.',
    );
  });
});

import { EN, fill } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { Command, type CommandOf, INSTRUCTOR, LIMITS, type Rejection } from '../src/index.js';
import { start } from './rules/setup.js';
import { text } from './support.js';

/**
 * What piles up on one thing over a game (a thread's messages, a request's exchanges) is capped,
 * so that no seat can grow an entity, and every view that shows it, without bound. Reaching a
 * cap is a plain game mechanic: rejected with its own message, no rule of the convention.
 */
function expectCap(rejection: Rejection, code: keyof typeof EN, max: number): void {
  expect(rejection).toEqual({
    code,
    ruleId: null,
    article: null,
    params: { max },
  });
  expect(text(rejection)).toBe(fill(EN[code], { max }));
  // Said as English writes numbers (1,000): the catalogue's plural formats its count.
  expect(text(rejection)).toContain(new Intl.NumberFormat('en').format(max));
}

describe('a consultation', () => {
  it(`holds at most ${LIMITS.consultationMessages} messages; a new consultation goes on`, () => {
    const { play } = start();
    const open = (to: string): CommandOf<'openConsultation'> => ({
      type: 'openConsultation',
      with: [to],
      topic: 'other',
      message: 'Shall we talk?',
    });
    play.do('aldoria', open('borealis'));
    const consultationId = play.lastId('ConsultationOpened');
    const say = (text: string) => ({ type: 'sendConsultationMessage', consultationId, text }) as const;
    for (let sent = 1; sent < LIMITS.consultationMessages; sent++)
      play.do(sent % 2 ? 'borealis' : 'aldoria', say(`message ${sent}`));
    expect(play.state.consultations[consultationId]?.messages).toHaveLength(LIMITS.consultationMessages);
    const rejection = play.rejected('borealis', say('one more'));
    expectCap(rejection, 'consultation.full', LIMITS.consultationMessages);
    expect(text(rejection)).toMatch(/open a new consultation/);
    play.do('borealis', open('aldoria'));
    const next = play.lastId('ConsultationOpened');
    play.do('aldoria', { type: 'sendConsultationMessage', consultationId: next, text: 'Still heard.' });
    expect(play.state.consultations[next]?.messages).toHaveLength(2);
  });

  it(`takes messages of up to ${LIMITS.longText} characters`, () => {
    const message = (text: string) => ({
      type: 'sendConsultationMessage',
      consultationId: 'consult-1',
      text,
    });
    expect(Command.safeParse(message('x'.repeat(LIMITS.longText))).success).toBe(true);
    expect(Command.safeParse(message('x'.repeat(LIMITS.longText + 1))).success).toBe(false);
  });
});

describe('the exchanges on one request', () => {
  it(`at most ${LIMITS.consultationsPerRequest} consultations on it`, () => {
    const { play, request, send } = start();
    const requestId = send(request());
    const open: CommandOf<'openConsultation'> = {
      type: 'openConsultation',
      with: ['aldoria'],
      topic: 'request',
      request: requestId,
      message: 'About your request.',
    };
    for (let opened = 0; opened < LIMITS.consultationsPerRequest; opened++) play.do('borealis', open);
    expectCap(play.rejected('borealis', open), 'consultation.request-full', LIMITS.consultationsPerRequest);
  });

  it(`at most ${LIMITS.moreInformationRounds} requests for more information`, () => {
    const { play, request, send } = start();
    const requestId = send(request());
    const ask = { type: 'askMoreInformation', requestId, questions: 'What is the evidence for?' } as const;
    for (let round = 0; round < LIMITS.moreInformationRounds; round++) {
      play.do('borealis', ask);
      play.do('aldoria', {
        type: 'provideInformation',
        requestId,
        contents: { purpose: `Answer ${round}.` },
      });
    }
    expectCap(play.rejected('borealis', ask), 'request.more-information-full', LIMITS.moreInformationRounds);
    // The request can still be decided on.
    play.do('borealis', { type: 'executeRequest', requestId });
  });

  it(`at most ${LIMITS.progressQueries} progress queries`, () => {
    const { play, request, send } = start();
    const requestId = send(request());
    const query = { type: 'queryProgress', requestId } as const;
    for (let asked = 0; asked < LIMITS.progressQueries; asked++) {
      play.do('aldoria', query);
      play.do('borealis', { type: 'answerProgress', requestId, text: 'Under way.' });
    }
    expectCap(play.rejected('aldoria', query), 'progress.full', LIMITS.progressQueries);
  });

  it(`at most ${LIMITS.warnings} warnings and ${LIMITS.confidentialityNotices} confidentiality notices`, () => {
    const { play, request, send } = start();
    const requestId = send(request({ confidential: true }));
    const warn = { type: 'warnRequester', requestId, text: 'The data may be gone.' } as const;
    const notify = { type: 'notifyConfidentiality', requestId, text: 'Our law tells the holder.' } as const;
    for (let sent = 0; sent < LIMITS.warnings; sent++) play.do('borealis', warn);
    for (let sent = 0; sent < LIMITS.confidentialityNotices; sent++) play.do('borealis', notify);
    expectCap(play.rejected('borealis', warn), 'request.warnings-full', LIMITS.warnings);
    expectCap(play.rejected('borealis', notify), 'request.notices-full', LIMITS.confidentialityNotices);
  });
});

describe("the instructor's notes", () => {
  it(`are at most ${LIMITS.notes} in a session`, () => {
    const { play } = start();
    const note = { type: 'addNote', text: 'A teaching moment.' } as const;
    for (let added = 0; added < LIMITS.notes; added++) play.do(INSTRUCTOR, note);
    expectCap(play.rejected(INSTRUCTOR, note), 'note.full', LIMITS.notes);
  });
});

describe('player text', () => {
  const BEL = '\u0007';
  const ESC = '\u001b';
  const RLO = '\u202e';

  it('arrives in the state without control and bidi-override characters', () => {
    const { play } = start();
    const typed = Command.parse({
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'other',
      message: `${BEL}Urgent:${ESC}[2J the logs of ${RLO}gol.exe\r\nare kept until Friday.\t${BEL}`,
    });
    play.do('aldoria', typed);
    const opened = play.state.consultations[play.lastId('ConsultationOpened')];
    expect(opened?.messages[0]?.text).toBe('Urgent:[2J the logs of gol.exe\nare kept until Friday.');
    const title = Command.parse({ type: 'openCase', title: `Kestrel${ESC}\nII`, offences: ['intrusion'] });
    play.do('aldoria', title);
    expect(play.state.cases[play.lastId('CaseOpened')]?.title).toBe('Kestrel II');
  });

  it('that is nothing but such characters is empty, and refused where empty text is', () => {
    const empty = `${BEL}${RLO} ${ESC}\u2066`;
    expect(
      Command.safeParse({ type: 'sendConsultationMessage', consultationId: 'c-1', text: empty }).success,
    ).toBe(false);
    expect(Command.safeParse({ type: 'openCase', title: empty, offences: ['intrusion'] }).success).toBe(
      false,
    );
    expect(Command.safeParse({ type: 'addNote', text: `${ESC}\n\t` }).success).toBe(false);
  });

  it('is cleaned in the fields of a request, its contents included', () => {
    const parsed = Command.parse({
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId: 'case-1',
      offence: 'intrusion',
      channel: 'central-authority',
      language: `e${BEL}n`,
      subject: { evidence: ['logs-b'] },
      contents: { purpose: `To ${RLO}prove${BEL} it.` },
      deadlineReason: `Soon${ESC}.`,
    });
    expect(parsed).toMatchObject({
      language: 'en',
      contents: { purpose: 'To prove it.' },
      deadlineReason: 'Soon.',
    });
  });

  it('is cleaned, or refused, in every string field of every command', () => {
    // Walks the schemas, so that a field added later is held to it too.
    interface Schema {
      def: { type: string; shape?: Record<string, Schema>; options?: Schema[] } & Record<string, unknown>;
      safeParse(value: unknown): { success: boolean; data?: unknown };
    }
    const strings = (schema: Schema, path: string): [string, Schema][] => {
      const { def } = schema;
      if (def.type === 'string') return [[path, schema]];
      if (def.type === 'object')
        return Object.entries(def.shape ?? {}).flatMap(([key, field]) => strings(field, `${path}.${key}`));
      if (def.type === 'union') return (def.options ?? []).flatMap((option) => strings(option, path));
      if (def.type === 'optional') return strings(def.innerType as Schema, path);
      if (def.type === 'array') return strings(def.element as Schema, `${path}[]`);
      if (def.type === 'record')
        return [
          ...strings(def.keyType as Schema, `${path}{key}`),
          ...strings(def.valueType as Schema, `${path}{}`),
        ];
      return [];
    };
    const fields = strings(Command as unknown as Schema, 'command');
    expect(fields.length).toBeGreaterThan(40);
    const unclean = fields.filter(([, schema]) => {
      const result = schema.safeParse(`a${BEL}${RLO}${ESC}b`);
      return result.success && result.data !== 'ab';
    });
    expect(unclean.map(([path]) => path)).toEqual([]);
  });
});

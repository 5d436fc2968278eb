import {
  type Command,
  type CountryView,
  formProblems,
  governanceAt,
  governanceNote,
  isGiven,
  lackingPower,
  reservationNotes,
  treatyOfRequest,
} from '@crossborder/engine';
import {
  type Channel,
  contentKey,
  contentsUnder,
  type Governance,
  REQUEST_KINDS,
  type RequestKind,
  type RequestTarget,
  type RuleId,
} from '@crossborder/scenario';
import { ruleCitation } from '../citations.js';
import { t, tDynamic } from '../i18n.js';
import { nameIn } from './context.js';
import { leadsOf } from './leads.js';

/**
 * The request composer's live check, in the spirit of the UNODC MLA Request Writer Tool: what
 * the convention requires of this kind of request (a checklist, each item with its article),
 * and what is wrong with the draft as it stands, using the engine's own form rules. It tells the
 * team before sending; the server's ruling after sending is still the only truth.
 */
export interface Draft {
  kind: RequestKind | '';
  to: string;
  caseId: string;
  offence: string;
  channel: Channel | '';
  language: string;
  evidence: string[];
  suspect: string;
  asset: string;
  contents: Record<string, string>;
  urgent: boolean;
  oral: boolean;
  emergency: boolean;
  confidential: boolean;
  /** The suggested deadline in days from now, as typed (null when none is given), and its reasons. */
  deadlineDays: number | null;
  deadlineReason: string;
}

export const EMPTY_DRAFT: Draft = {
  kind: '',
  to: '',
  caseId: '',
  offence: '',
  channel: '',
  language: '',
  evidence: [],
  suspect: '',
  asset: '',
  contents: {},
  urgent: false,
  oral: false,
  emergency: false,
  confidential: false,
  deadlineDays: null,
  deadlineReason: '',
};

interface ChecklistItem {
  id: string;
  label: string;
  article: string;
  required: boolean;
  given: boolean;
}

interface DraftProblem {
  message: string;
  article: string | null;
  /** A blocking problem stops the send button; the others are warnings. */
  blocking: boolean;
  /** Good practice the convention invites but does not require: advice, never a warning. */
  practice: boolean;
}

/**
 * Which rules the request will go under, and why: the convention, a bilateral treaty in its
 * place, or neither (Arts 37, 40, 65; model UNTOC 16(7), 18(6)-(7)). The engine decides the same
 * when the request is sent and keeps it on the request.
 */
interface RegimeNote {
  regime: Governance['regime'];
  reason: Governance['reason'];
  /** The treaty between the two States for this kind of request: the one that governs, or the one set aside. */
  treaty: { id: string; name: string } | null;
  /** The sentence that says it, in the reader's language. */
  message: string;
  /** The article of the rule that explains it. */
  article: string;
}

export interface DraftCheck {
  checklist: ChecklistItem[];
  problems: DraftProblem[];
  /** Null until the kind of request and the requested State are chosen. */
  regime: RegimeNote | null;
  ready: boolean;
}

const articleOf = (ruleId: RuleId) => ruleCitation(ruleId);

/** Game minutes in a day. */
const DAY = 24 * 60;

/** What the subject of a request of this kind is: evidence items, a person, or an asset. */
export function subjectOf(kind: RequestKind | ''): RequestTarget | null {
  return kind === '' ? null : REQUEST_KINDS[kind].target;
}

/** Whether a known evidence item can be the subject of a request of this kind (its data kind fits). */
export function evidenceFits(kind: RequestKind | '', dataKind: string): boolean {
  if (kind === '') return false;
  const { target, dataKinds } = REQUEST_KINDS[kind];
  return target !== 'evidence' || (dataKinds as readonly string[]).includes(dataKind);
}

/**
 * Why the evidence the team may want is not yet there to choose, in its own terms: it knows of
 * no item this kind of request can ask for (in the recipient's country, once one is chosen), and
 * what it can do at home that may reveal more (its leads: open a case, order a measure). Empty
 * when there is something to choose, or when the request is not about evidence.
 */
export function evidenceNote(view: CountryView, kind: RequestKind | '', to: string): string[] {
  if (subjectOf(kind) !== 'evidence') return [];
  const choosable = Object.values(view.evidence).some(
    (item) => item.status !== 'lost' && evidenceFits(kind, item.kind) && (to === '' || item.country === to),
  );
  if (choosable) return [];
  const first =
    to === ''
      ? t('ui.composer.none-known')
      : t('ui.composer.none-known-in', { country: nameIn(view.briefing.directory, to) });
  const atHome = leadsOf(view).filter((lead) => lead.step.kind !== 'request');
  return [first, ...atHome.map((lead) => t('ui.composer.reveal-first', { lead: lead.text }))];
}

/**
 * What the draft lacks and what is wrong with it, checked as the engine will check it when sent.
 * `now`, the game minute, decides whether the convention binds both States yet (Art. 65); the
 * screen should pass it (the start of the game otherwise).
 */
export function checkDraft(view: CountryView, draft: Draft, now = 0): DraftCheck {
  const problems: DraftProblem[] = [];
  const need = (missing: boolean, message: string) => {
    if (missing) problems.push({ message, article: null, blocking: true, practice: false });
  };
  need(draft.kind === '', t('ui.composer.need-kind'));
  need(draft.to === '', t('ui.composer.need-recipient'));
  need(draft.caseId === '', t('ui.composer.need-case'));
  need(draft.offence === '', t('ui.composer.need-offence'));
  need(draft.channel === '', t('ui.composer.need-channel'));
  need(draft.language === '', t('ui.composer.need-language'));
  const subject = subjectOf(draft.kind);
  need(subject === 'evidence' && draft.evidence.length === 0, t('ui.composer.need-evidence'));
  need(subject === 'suspect' && draft.suspect === '', t('ui.composer.need-suspect'));
  need(subject === 'asset' && draft.asset === '', t('ui.composer.need-asset'));
  if (draft.kind === '') return { checklist: [], problems, regime: null, ready: false };
  const kind = draft.kind;

  // The regime decides the channel, the contents and the grounds of refusal (model UNTOC 18(7)).
  const governed = draft.to === '' ? null : governanceOf(view, draft.to, kind, now);
  const treaty = governed
    ? treatyOfRequest(view.briefing.directory, { from: view.viewer, governedBy: governed })?.treaty
    : undefined;

  if (draft.to !== '' && draft.channel !== '' && draft.language !== '') {
    const form = { ...draft, kind, channel: draft.channel };
    for (const problem of formProblems(view.briefing.directory, form, view.emergency, treaty)) {
      problems.push({
        message: tDynamic(problem.code, problem.params),
        article: articleOf(problem.ruleId),
        blocking: true,
        practice: false,
      });
    }
  }
  if (draft.to !== '' && draft.offence !== '')
    problems.push(...lawProblems(view, draft.to, kind, draft.offence));

  const checklist = contentsUnder(kind, treaty).map(
    (item): ChecklistItem => ({
      id: item.id,
      label: tDynamic(contentKey(item)),
      // An item the treaty adds is the treaty's: it is named, as an article is.
      article: item.rule === 'treaty.contents' && treaty ? treaty.name : articleOf(item.rule),
      required: item.need === 'required',
      given: isGiven(draft.contents[item.id]),
    }),
  );
  for (const item of checklist) {
    if (!item.required || item.given) continue;
    // A preservation request is invalid without its contents (Art. 42); an MLA request goes,
    // but is recorded as not conforming and may be refused (Art. 40).
    const blocking = REQUEST_KINDS[draft.kind].regime === 'preservation';
    problems.push({
      message: t(blocking ? 'ui.composer.missing-blocking' : 'ui.composer.missing-warning', {
        item: item.label,
      }),
      article: item.article,
      blocking,
      practice: false,
    });
  }
  if (REQUEST_KINDS[draft.kind].mla) problems.push(...deadlineProblems(draft));
  return {
    checklist,
    problems,
    regime: governed ? regimeNote(view, governed, draft.to, kind) : null,
    ready: !problems.some((problem) => problem.blocking),
  };
}

/** The regime a request of this kind to that State goes under if sent now. */
function governanceOf(view: CountryView, to: string, kind: RequestKind, now: number): Governance {
  return governanceAt(view.briefing.directory, view.briefing.startsAt, view.viewer, to, kind, now);
}

function regimeNote(view: CountryView, governed: Governance, to: string, kind: RequestKind): RegimeNote {
  const note = governanceNote(view.briefing.directory, governed, { from: view.viewer, to, kind });
  return {
    regime: governed.regime,
    reason: governed.reason,
    treaty:
      governed.treaty === null ? null : { id: governed.treaty, name: note.params.treaty ?? governed.treaty },
    message: t(note.key, note.params),
    article: articleOf(note.ruleId),
  };
}

/**
 * What the requested State's law says of this offence: a measure its law lacks or reserved to
 * other offences blocks the draft, as the engine rejects it when sent (Arts 23, 45, 46); an
 * option that narrows a conduct of the offence is a caution, for dual criminality may rest on
 * an element the team's facts lack (Arts 7-15, 35).
 */
function lawProblems(view: CountryView, to: string, kind: RequestKind, offenceId: string): DraftProblem[] {
  const country = view.briefing.directory[to];
  const offence = view.briefing.offences[offenceId];
  if (!country || !offence) return [];
  const problems: DraftProblem[] = [];
  const lacking = lackingPower(country, kind, offence.conduct);
  if (lacking) {
    const name = country.shortName ?? country.name;
    problems.push({
      message: tDynamic(lacking.code, { to: name }),
      article: articleOf(lacking.ruleId),
      blocking: true,
      practice: false,
    });
  }
  const narrowing = reservationNotes(country).filter(
    (note) =>
      note.key !== 'law.reservation.real-time' &&
      note.conducts.some((conduct) => offence.conduct.includes(conduct)),
  );
  for (const note of narrowing) {
    problems.push({
      message: t('ui.composer.reservation-caution', {
        to: country.shortName ?? country.name,
        note: t(note.key, note.params),
      }),
      article: t('ui.form.article', { article: note.article }),
      blocking: false,
      practice: false,
    });
  }
  return problems;
}

/** A whole number of days, one or more: the engine takes a deadline after now (Art. 40). */
function wholeDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1;
}

/**
 * The suggested deadline of an MLA request: good practice, not a duty (Art. 40, model UNTOC
 * 18(24): the requested State takes "as full account as possible" of deadlines suggested "and
 * for which reasons are given"). Its absence is a practice note; only a number that is no
 * number of days blocks the draft.
 */
function deadlineProblems(draft: Draft): DraftProblem[] {
  const article = articleOf('mla.deadline.reasons');
  const note = (message: string): DraftProblem => ({ message, article, blocking: false, practice: true });
  if (draft.deadlineDays === null) return [note(t('ui.composer.practice-no-deadline'))];
  if (!wholeDays(draft.deadlineDays))
    return [{ message: t('ui.composer.deadline-whole'), article: null, blocking: true, practice: false }];
  return isGiven(draft.deadlineReason) ? [] : [note(t('ui.composer.practice-deadline-reason'))];
}

/**
 * The command a ready draft sends: its subject as its kind says, the contents typed, the flags
 * ticked, and for an MLA request the suggested deadline (days from `now`) with its reasons.
 */
export function draftCommand(draft: Draft, now: number): Command {
  const kind = draft.kind as RequestKind;
  const subject = subjectOf(kind);
  const contents = Object.fromEntries(
    Object.entries(draft.contents)
      .filter(([, value]) => value.trim() !== '')
      .map(([key, value]) => [key, value.trim()]),
  );
  const deadline =
    REQUEST_KINDS[kind].mla && draft.deadlineDays !== null && wholeDays(draft.deadlineDays)
      ? { suggestedDeadline: now + draft.deadlineDays * DAY, deadlineReason: draft.deadlineReason.trim() }
      : {};
  return {
    type: 'sendRequest',
    kind,
    to: draft.to,
    caseId: draft.caseId,
    offence: draft.offence,
    channel: draft.channel || 'central-authority',
    language: draft.language,
    subject:
      subject === 'evidence'
        ? { evidence: draft.evidence }
        : subject === 'suspect'
          ? { suspect: draft.suspect }
          : subject === 'asset'
            ? { asset: draft.asset }
            : {},
    contents,
    ...(draft.urgent ? { urgent: true } : {}),
    ...(draft.oral ? { oral: true } : {}),
    ...(draft.emergency ? { emergency: true } : {}),
    ...(draft.confidential ? { confidential: true } : {}),
    ...deadline,
  };
}

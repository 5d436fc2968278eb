import {
  CLOSED_REQUEST_STATUSES,
  type CountryView,
  isPreservable,
  type KnownEvidence,
  type MeasureKind,
} from '@crossborder/engine';
import { REQUEST_KIND_IDS, REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import { kindName, t, tDynamic } from '../i18n.js';
import { dayTime } from '../time.js';
import { nameIn } from './context.js';

/**
 * "What you can do now": the leads in the team's own view that open a next step, each with the
 * step that follows it. Derived from what the team knows and nothing else (its evidence, suspects,
 * cases, measures and requests), so it tells no secret; the engine still decides each step when
 * it is taken. A lead whose step is already under way (a measure not yet complete, a request not
 * yet closed) is left out.
 */
export type LeadStep =
  | { kind: 'open-case' }
  | { kind: 'measure'; measure: MeasureKind; target: string }
  | { kind: 'request'; request: RequestKind; to: string; evidence: string[]; suspect: string };

export interface Lead {
  /** Stable while the lead stands: the thing it is about and the step. */
  key: string;
  /** Why there is something to do, in the team's terms. */
  text: string;
  /** The button's words: the step. */
  action: string;
  step: LeadStep;
}

/** The measure that obtains an item held at home: a seizure for a device, else a production order. */
const measureFor = (item: KnownEvidence): MeasureKind =>
  item.kind === 'device' ? 'search-and-seizure' : 'production-order';

/** The request that obtains an item held abroad: stored data where it fits, else the first that does. */
function requestFor(item: KnownEvidence): RequestKind | undefined {
  const fits = (kind: RequestKind) =>
    REQUEST_KINDS[kind].produces === 'evidence' &&
    (REQUEST_KINDS[kind].dataKinds as readonly string[]).includes(item.kind);
  return fits('stored-data') ? 'stored-data' : REQUEST_KIND_IDS.find(fits);
}

const measureName = (kind: MeasureKind) => tDynamic(`measure.${kind}`, {}, kind);

export function leadsOf(view: CountryView): Lead[] {
  const me = view.viewer;
  const country = (id: string) => nameIn(view.briefing.directory, id);
  if (Object.keys(view.cases).length === 0)
    return [
      {
        key: 'open-case',
        text: t('ui.lead.open-case'),
        action: t('ui.lead.open-case.action'),
        step: { kind: 'open-case' },
      },
    ];
  const openRequests = Object.values(view.requests).filter(
    (request) => request.from === me && !CLOSED_REQUEST_STATUSES.includes(request.status),
  );
  const asked = (kind: (k: RequestKind) => boolean, subject: (r: (typeof openRequests)[number]) => boolean) =>
    openRequests.some((request) => kind(request.kind) && subject(request));
  const measuring = (target: string) =>
    Object.values(view.measures).some(
      (measure) =>
        !measure.completed &&
        (('evidence' in measure.target && `evidence:${measure.target.evidence}` === target) ||
          ('suspect' in measure.target && `suspect:${measure.target.suspect}` === target)),
    );
  const leads: Lead[] = [];

  for (const [id, item] of Object.entries(view.evidence)) {
    if (item.copy || item.status === 'lost' || item.country === null) continue;
    const about = (request: (typeof openRequests)[number]) => request.subject.evidence.includes(id);
    if (item.country === me) {
      const target = `evidence:${id}`;
      if (measuring(target)) continue;
      const measure = measureFor(item);
      leads.push({
        key: `measure:${id}`,
        text: t('ui.lead.measure', {
          item: item.title,
          holder: item.holderName,
          measure: measureName(measure),
        }),
        action: t('ui.lead.measure.action', { measure: measureName(measure) }),
        step: { kind: 'measure', measure, target },
      });
      continue;
    }
    const there = country(item.country);
    const atRisk = isPreservable(item.kind) && !item.preservation && item.expiresAt !== null;
    if (atRisk && !asked((kind) => REQUEST_KINDS[kind].produces === 'preservation', about))
      leads.push({
        key: `preserve:${id}`,
        text: t('ui.lead.preserve', {
          item: item.title,
          country: there,
          when: dayTime(item.expiresAt ?? 0),
        }),
        action: t('ui.lead.preserve.action', { country: there }),
        step: { kind: 'request', request: 'preservation', to: item.country, evidence: [id], suspect: '' },
      });
    const kind = requestFor(item);
    if (kind && !asked((known) => REQUEST_KINDS[known].produces === 'evidence', about))
      leads.push({
        key: `ask:${id}`,
        text: t('ui.lead.ask', { item: item.title, country: there, kind: kindName(kind) }),
        action: t('ui.lead.ask.action', { country: there }),
        step: { kind: 'request', request: kind, to: item.country, evidence: [id], suspect: '' },
      });
  }

  for (const [id, suspect] of Object.entries(view.suspects)) {
    const where = suspect.location?.location;
    if (!suspect.name || !where || suspect.custody) continue;
    if (where === me) {
      const target = `suspect:${id}`;
      if (measuring(target)) continue;
      leads.push({
        key: `arrest:${id}`,
        text: t('ui.lead.arrest', { alias: suspect.alias }),
        action: t('ui.lead.measure.action', { measure: measureName('arrest') }),
        step: { kind: 'measure', measure: 'arrest', target },
      });
    } else if (
      !asked(
        (kind) => REQUEST_KINDS[kind].produces === 'surrender',
        (r) => r.subject.suspect === id,
      )
    ) {
      leads.push({
        key: `extradite:${id}`,
        text: t('ui.lead.extradite', { alias: suspect.alias, country: country(where) }),
        action: t('ui.lead.ask.action', { country: country(where) }),
        step: { kind: 'request', request: 'extradition', to: where, evidence: [], suspect: id },
      });
    }
  }
  return leads;
}

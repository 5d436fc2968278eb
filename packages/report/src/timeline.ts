import type { Debrief, Event, EventType, TimelineEntry, ViolationEntry } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';

/**
 * The debrief's timeline as data: one lane per country (and one for what everyone saw), the game
 * clock along it, and an item for every event worth telling, with its category and, for a rule
 * violation, the rule, article and teaching note. The browser draws it as HTML, the report as SVG.
 */
export type Category = 'request' | 'ruling' | 'evidence' | 'jurisdiction' | 'news' | 'objective';

export interface Lane {
  id: string;
  name: string;
  color: string;
}

export interface TimelineItem {
  /** Position of the event in the session's log (stable: the same log gives the same ids). */
  seq: number;
  at: number;
  lane: string;
  category: Category;
  text: string;
  violation: ViolationEntry | null;
}

export interface TimelineModel {
  lanes: Lane[];
  end: number;
  items: TimelineItem[];
}

export const EVERYONE = '*';

const CATEGORIES: Record<Category, readonly EventType[]> = {
  request: [
    'RequestSent',
    'RequestReceived',
    'RequestAcknowledged',
    'MoreInformationRequested',
    'InformationProvided',
    'ConditionsOffered',
    'ConditionsAnswered',
    'ExecutionStarted',
    'RequestExecuted',
    'RequestPostponed',
    'PostponementEnded',
    'RequestRefused',
    'RequestWithdrawn',
    'RequestNoLongerNeeded',
    'ProgressQueried',
    'WrittenConfirmationSent',
    'ProgressAnswered',
    'PreservationWarningSent',
    'ConfidentialityNoticeSent',
    'ProsecutionRequested',
    'DeadlineLapsed',
  ],
  ruling: ['ViolationRecorded'],
  evidence: [
    'EvidencePreserved',
    'PreservationHeld',
    'PreservationReleased',
    'PreservationEnded',
    'EvidenceLost',
    'EvidenceDiscovered',
    'EvidenceObtained',
    'FactLearned',
    'SuspectIdentified',
    'SuspectLocated',
    'SuspectMoved',
    'SuspectArrested',
    'SuspectSurrendered',
    'SuspectReleased',
    'AssetDiscovered',
    'AssetFrozen',
    'AssetMoved',
    'AssetConfiscated',
    'MeasureTaken',
    'MeasureCompleted',
  ],
  jurisdiction: [
    'CaseOpened',
    'JurisdictionClaimed',
    'ConsultationOpened',
    'ConsultationMessageSent',
    'AgreementProposed',
    'AgreementAnswered',
    'AgreementConcluded',
    'ProceedingsTransferred',
    'ProsecutionOpened',
    'InformationShared',
  ],
  news: [
    'InjectFired',
    'InjectHeld',
    'InjectReleased',
    'InjectCancelled',
    'InjectScheduled',
    'EmergencyDeclared',
    'NoteAdded',
  ],
  objective: ['ObjectiveMet', 'ObjectiveMissed', 'PointsAwarded', 'SessionEnded'],
};

const CATEGORY_OF = new Map<EventType, Category>(
  Object.entries(CATEGORIES).flatMap(([category, types]) =>
    types.map((type) => [type, category as Category]),
  ),
);

export function categoryOf(type: EventType): Category {
  return CATEGORY_OF.get(type) ?? 'news';
}

/**
 * Builds the timeline. An event seen by every country (or by none: the world moving on) goes on
 * the shared lane; others go on the lane of each country that saw it. `say` puts an entry's line
 * (a catalogue key and its parameters) into words, in the reader's language; by default, English.
 */
export function timelineModel(
  debrief: Debrief,
  events: readonly Event[],
  lanes: Lane[],
  everyone: string,
  say: (entry: TimelineEntry) => string = (entry) => translate(EN, EN, entry.line.key, entry.line.params),
): TimelineModel {
  const countries = lanes.map((lane) => lane.id);
  const violations = new Map(debrief.violations.map((violation) => [violation.id, violation]));
  const items: TimelineItem[] = [];
  for (const entry of debrief.timeline) {
    const event = events[entry.seq];
    const violation =
      event?.type === 'ViolationRecorded' ? (violations.get(event.violation.id) ?? null) : null;
    const shared =
      entry.countries.length === 0 || countries.every((country) => entry.countries.includes(country));
    const onLanes = violation
      ? [violation.country]
      : shared
        ? [EVERYONE]
        : entry.countries.filter((country) => countries.includes(country));
    for (const lane of onLanes)
      items.push({
        seq: entry.seq,
        at: entry.at,
        lane,
        category: categoryOf(entry.type),
        text: say(entry),
        violation,
      });
  }
  const end = Math.max(debrief.endedAt, ...items.map((item) => item.at), 1);
  return { lanes: [{ id: EVERYONE, name: everyone, color: '#718096' }, ...lanes], end, items };
}

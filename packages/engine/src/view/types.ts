import type {
  AgreementKind,
  Country,
  DecisionKind,
  Inject,
  LiveInject,
  Objective,
  Scenario,
} from '@crossborder/scenario';
import type { CountryId, GameTime, JurorId, Role } from '../model/ids.js';
import type { InjectOrigin } from '../model/injects.js';
import type {
  Agreement,
  Award,
  Consultation,
  Copy,
  Custody,
  DomesticCase,
  JurisdictionClaim,
  Knowledge,
  Measure,
  Note,
  Preservation,
  Prosecution,
  Request,
  Share,
  State,
  Violation,
} from '../model/state.js';
import type { Score } from '../score.js';
import type { EvidenceAtRisk } from './evidence-at-risk.js';
import type { ScenarioNames } from './names.js';

/** What the views show of the scenario: public to every country (a country's law is a public statute). */
export interface Briefing {
  id: string;
  title: string;
  caseTitle: string;
  caseSummary: string | null;
  startsAt: string;
  endsAfter: GameTime;
  clock: 'realtime' | 'rounds';
  /**
   * The decisions whose written reasoning a moot court's jury scores (the rubric's `decisions`, in
   * rounds mode): the teams' forms ask for it, and the engine refuses such a decision without it.
   */
  reasoningFor: DecisionKind[];
  directory: Record<CountryId, Omit<Country, 'briefing'>>;
  /** The case's coordination body, if it has one: who may meet under it and share through it. */
  coordinationBody: { name: string; description: string | null; members: CountryId[] } | null;
  conducts: Record<string, { name: string }>;
  offences: Record<
    string,
    {
      description: string;
      conduct: string[];
      committedIn: CountryId[];
      suspects: string[];
      victims: { name: string; nationality: CountryId; location: CountryId }[];
      againstState: CountryId | null;
    }
  >;
}

export interface KnownFact extends Knowledge {
  text: string;
}

export interface KnownEvidence extends Knowledge {
  title: string;
  kind: string;
  holder: string;
  holderName: string;
  /**
   * What is public about the provider that holds it (its terms of service): where else it
   * offers its services (production orders there reach its subscriber information, Art. 27) and
   * whether it tells its customers of orders (a tip-off risk, model BC 16(3)). Absent for a device.
   */
  provider?: { offersServicesIn: CountryId[]; notifiesCustomers: boolean };
  /** The country where the item is (for a device, where its suspect was last known to be). */
  country: CountryId | null;
  status: 'available' | 'lost';
  expiresAt: GameTime | null;
  preservation: Preservation | null;
  copy: Copy | null;
}

export interface KnownSuspect {
  alias: string;
  name: string | null;
  nationality: string | null;
  location: (Knowledge & { location: CountryId }) | null;
  custody: Custody | null;
  surrenderedTo: CountryId | null;
}

export interface KnownAsset extends Knowledge {
  description: string;
  kind: string;
  amount: number;
  currency: string;
  holder: string;
  holderName: string;
  country: CountryId | null;
  frozen: boolean;
  confiscated: boolean;
}

export interface FiredInject {
  title: string;
  message: string;
  firedAt: GameTime;
  /** News (with its title), or a message from the instructor (no title: screens say whose words). */
  kind: 'news' | 'message';
}

export interface ObjectiveView extends Pick<Objective, 'title' | 'points' | 'when'> {
  for: CountryId[] | 'all';
  description: string | null;
  deadline: GameTime | null;
  metAt: GameTime | null;
  missedAt: GameTime | null;
}

/** What one country's team sees: only what its country knows (DESIGN.md §2). */
export interface CountryView {
  role: 'country';
  viewer: CountryId;
  ended: boolean;
  emergency: boolean;
  briefing: Briefing & { own: string | null };
  facts: Record<string, KnownFact>;
  evidence: Record<string, KnownEvidence>;
  suspects: Record<string, KnownSuspect>;
  assets: Record<string, KnownAsset>;
  requests: Record<string, Request>;
  shares: Record<string, Share>;
  cases: Record<string, DomesticCase>;
  measures: Record<string, Measure>;
  claims: Record<string, JurisdictionClaim>;
  consultations: Record<string, Consultation>;
  agreements: Record<string, Agreement>;
  prosecutions: Record<string, Prosecution>;
  injects: Record<string, FiredInject>;
  objectives: Record<string, ObjectiveView>;
  /** The agreements the case calls for that this country is to sign (case.agreements). */
  plans: Record<string, PlanView>;
  violations: Record<string, Violation>;
  awards: Record<string, Award>;
  notes: Record<string, Note>;
  score: Score;
}

/** An agreement the case calls for, as one of its members sees it. */
export interface PlanView {
  title: string;
  kind: AgreementKind;
  members: CountryId[];
  lead: CountryId | null;
  offence: string | null;
  /** The member expected to propose it (its bot does). */
  proposedBy: CountryId;
  /** Whether the case calls for it now (its `when` has become true, or it has none). */
  calledFor: boolean;
  /** When an agreement fulfilling it was concluded; null while none is. */
  signedAt: GameTime | null;
}

/** The room's projector: the board without secrets. */
export interface ObserverView {
  role: 'observer';
  ended: boolean;
  emergency: boolean;
  briefing: Briefing;
  requests: Record<
    string,
    Pick<
      Request,
      | 'id'
      | 'kind'
      | 'from'
      | 'to'
      | 'status'
      | 'sentAt'
      | 'receivedAt'
      | 'statusAt'
      | 'dueAt'
      | 'suggestedDeadline'
      | 'channel'
    >
  >;
  /** Data about to be deleted that every country already knows (the projector's countdowns). */
  atRisk: Record<string, EvidenceAtRisk>;
  suspects: Record<string, Pick<KnownSuspect, 'alias' | 'custody' | 'surrenderedTo'>>;
  claims: Record<string, JurisdictionClaim>;
  agreements: Record<string, Agreement>;
  prosecutions: Record<string, Prosecution>;
  injects: Record<string, FiredInject>;
  objectives: Record<string, ObjectiveView>;
  scores: Record<CountryId, Score>;
}

/** The instructor sees everything: the whole state, every score, every inject. */
export interface InstructorView {
  role: 'instructor';
  /** What the scenario teaches: for the instructor, not the teams (it may tell the plot). */
  summary: string;
  ended: boolean;
  briefing: Briefing;
  state: State;
  injects: Record<
    string,
    {
      inject: Inject | LiveInject;
      status: string;
      at: GameTime | null;
      firedAt: GameTime | null;
      /** The scenario's timeline, an inject written live, or a message to the teams. */
      origin: InjectOrigin;
    }
  >;
  /** Every objective, met, missed or open, with its title (the revealed projector shows them team by team). */
  objectives: Record<string, ObjectiveView>;
  /** Every item of data about to be deleted or lost, with its title (the dashboard's and the revealed projector's countdowns). */
  atRisk: Record<string, EvidenceAtRisk>;
  scores: Record<CountryId, Score>;
  /** What the scenario declares, by name: the console says conditions and effects in words, never ids. */
  names: ScenarioNames;
  /** The jury's criteria (moot mode), for scoring in the console. */
  rubric: Scenario['rubric'];
  /** Whether decisions need written reasoning (rounds mode with a rubric that asks for it). */
  moot: boolean;
}

export type View = CountryView | ObserverView | InstructorView | JurorView;
/** The views a board is drawn from: a team's, the projector's, the instructor's (a juror has no board). */
export type BoardView = Exclude<View, JurorView>;
export type Viewer = CountryId | Role | JurorId;

/**
 * A request as a juror sees it: the public board's row (who asked whom for what, how it stands)
 * and the written reasoning of the decisions taken on it, which is what a moot court scores: why
 * it was sent, and why it was refused, postponed or (an extradition) granted. Not what it asks
 * for in detail, nor the evidence it concerns: those are the teams' case files.
 */
export interface JurorRequest
  extends Pick<Request, 'id' | 'kind' | 'from' | 'to' | 'status' | 'sentAt' | 'statusAt' | 'channel'> {
  reasoning: string | null;
  refusal: { ground: string; reasons: string } | null;
  postponement: { until: number; reasons: string } | null;
  executionReasoning: string | null;
}

/**
 * A juror of a moot court: the public side of the game, the written reasoning the teams gave,
 * the rubric, and this juror's own scores. Never another juror's scores, nor the scores the
 * teams stand at (they hold the other jurors' marks): each juror scores independently.
 */
export interface JurorView {
  role: 'juror';
  viewer: JurorId;
  ended: boolean;
  briefing: Briefing;
  rubric: Scenario['rubric'];
  requests: Record<string, JurorRequest>;
  /** Jurisdiction claims with their reasoning (public: every country sees them whole). */
  claims: Record<string, JurisdictionClaim>;
  /** Prosecutions opened, with their reasoning (public on the projector too). */
  prosecutions: Record<string, Prosecution>;
  /** This juror's awards, and no one else's. */
  awards: Record<string, Award>;
}

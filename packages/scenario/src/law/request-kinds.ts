import {
  type ContentItem,
  MLA_CONTENTS,
  PERIOD_CONTENT,
  POLICE_CONTENTS,
  PRESERVATION_CONTENTS,
  PROPERTY_CONTENT,
  TRANSFER_CONTENT,
  VIDEO_HEARING_CONTENT,
} from './request-contents.js';
import type { Channel, DataKind } from './vocabulary.js';

/**
 * The body of rules a request is made and answered under. It decides how incomplete contents
 * count, which grounds of refusal exist and which rule each cites:
 * - `preservation` (Art. 42): invalid without its contents; refused on dual criminality only
 *   under a reservation; the requested State warns when the data will be gone first; it holds
 *   the data for the follow-up request.
 * - `assistance` (Arts 40, 43-46, 50): mutual legal assistance; goes incomplete with a violation
 *   and may then be refused as not conforming.
 * - `extradition` (Art. 37): a convention offence with a minimum penalty, about a person known
 *   by name and present in the requested State; its own grounds (nationality, absence).
 * - `police` (Art. 47): law enforcement cooperation, answered under the MLA grounds.
 */
export type RequestRegime = 'preservation' | 'assistance' | 'extradition' | 'police';

/** What a request is about; the composer asks for it and the engine checks it is where the request goes. */
export type RequestTarget = 'evidence' | 'suspect' | 'asset';

/**
 * What executing a request produces. The engine runs one executor per product
 * (`packages/engine/src/advance/outcomes.ts`).
 */
export type RequestProduct =
  | 'preservation'
  | 'evidence'
  | 'whereabouts'
  | 'arrest'
  | 'surrender'
  | 'freeze'
  | 'confiscation'
  /** The person is heard where they are, by video conference, and says what they know (Art. 40). */
  | 'testimony'
  /** The detained person is brought in custody to testify, then returned (Art. 40). */
  | 'transfer';

/** A power the requested State's law must give it (`law.powers` of a country). */
export type RequestPower = 'realTimeCollection' | 'interception';

/**
 * How the requested State speeds execution up, beyond its processing time:
 * - `at-24-7-response-time`: through the 24/7 network, within the point's response time (Art. 42);
 * - `halved-when-urgent`: flagged urgent while the data is at risk of deletion, in half the time (Art. 44);
 * - `none`.
 */
export type RequestExpedition = 'none' | 'at-24-7-response-time' | 'halved-when-urgent';

/** How the board draws a request in flight (a picture of the kind, never its only sign). */
export type RequestTokenShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Everything the law, the composer and the board need to know about one kind of request. */
export interface RequestKindSpec {
  /** The article that governs it. */
  article: string;
  /** Its English name; the client looks for the catalogue key `kind.<id>` first. */
  name: string;
  regime: RequestRegime;
  /**
   * Mutual legal assistance proper (Art. 40): it goes by the diplomatic channel where the
   * requested State requires that, and should suggest a deadline with its reasons.
   */
  mla: boolean;
  target: RequestTarget;
  /** The data kinds it may obtain or preserve: some for an evidence target, none otherwise. */
  dataKinds: readonly DataKind[];
  /** The channels it may travel by. */
  channels: readonly Channel[];
  /** A further channel it may take in an emergency (Art. 41), or null. */
  emergencyChannel: Channel | null;
  /** How long a requested State takes by default (a scenario overrides it with `law.processingTime`). */
  defaultProcessing: string;
  expedition: RequestExpedition;
  /** The power the requested State's law must give for it to be asked for and executed, or null. */
  requiresPower: RequestPower | null;
  /** Its costs are extraordinary: they are agreed on in a consultation before executing it (Art. 40). */
  extraordinaryCosts: boolean;
  /** Executing it hands personal data over, so the requested State's data-protection law applies (Art. 36). */
  transfersPersonalData: boolean;
  /** What it must contain, item by item. */
  contents: readonly ContentItem[];
  produces: RequestProduct;
  token: RequestTokenShape;
}

/**
 * The kinds of request one State sends another, one spec each. A new kind is a new entry here
 * (the compiler asks for every field), an executor if it produces something new, its messages
 * and its tests: see "Adding a request kind" in the README.
 */
const SPECS = {
  preservation: {
    article: '42',
    name: 'Expedited preservation of stored data',
    regime: 'preservation',
    mla: false,
    target: 'evidence',
    dataKinds: ['subscriber', 'traffic', 'content'],
    channels: ['24-7-network', 'central-authority', 'police'],
    emergencyChannel: null,
    defaultProcessing: '1d',
    expedition: 'at-24-7-response-time',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: PRESERVATION_CONTENTS,
    produces: 'preservation',
    token: 'circle',
  },
  'traffic-disclosure': {
    article: '43',
    name: 'Expedited disclosure of preserved traffic data',
    regime: 'assistance',
    mla: true,
    target: 'evidence',
    dataKinds: ['traffic'],
    channels: ['24-7-network', 'central-authority'],
    emergencyChannel: null,
    defaultProcessing: '2d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: true,
    contents: MLA_CONTENTS,
    produces: 'evidence',
    token: 'circle',
  },
  'stored-data': {
    article: '44',
    name: 'Mutual legal assistance: access to stored data',
    regime: 'assistance',
    mla: true,
    target: 'evidence',
    dataKinds: ['subscriber', 'traffic', 'content', 'device'],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: '24-7-network',
    defaultProcessing: '20d',
    expedition: 'halved-when-urgent',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: true,
    contents: MLA_CONTENTS,
    produces: 'evidence',
    token: 'square',
  },
  'real-time-traffic': {
    article: '45',
    name: 'Mutual legal assistance: real-time collection of traffic data',
    regime: 'assistance',
    mla: true,
    target: 'evidence',
    dataKinds: ['traffic'],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '5d',
    expedition: 'none',
    requiresPower: 'realTimeCollection',
    extraordinaryCosts: true,
    transfersPersonalData: true,
    contents: [...MLA_CONTENTS, PERIOD_CONTENT],
    produces: 'evidence',
    token: 'triangle',
  },
  interception: {
    article: '46',
    name: 'Mutual legal assistance: interception of content data',
    regime: 'assistance',
    mla: true,
    target: 'evidence',
    dataKinds: ['content'],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '10d',
    expedition: 'none',
    requiresPower: 'interception',
    extraordinaryCosts: true,
    transfersPersonalData: true,
    contents: [...MLA_CONTENTS, PERIOD_CONTENT],
    produces: 'evidence',
    token: 'triangle',
  },
  mla: {
    article: '40',
    name: 'Mutual legal assistance (witness statements, documents, other measures)',
    regime: 'assistance',
    mla: true,
    target: 'evidence',
    dataKinds: ['financial'],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '30d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: MLA_CONTENTS,
    produces: 'evidence',
    token: 'square',
  },
  // A witness heard from abroad (model UNTOC 18(18)). The case file's persons are its suspects,
  // so it is about one, known by name and in the requested State (engine decide/testimony.ts).
  'video-hearing': {
    article: '40',
    name: 'Mutual legal assistance: hearing a witness by video conference',
    regime: 'assistance',
    mla: true,
    target: 'suspect',
    dataKinds: [],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '10d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: [...MLA_CONTENTS, VIDEO_HEARING_CONTENT],
    produces: 'testimony',
    token: 'square',
  },
  // A person held in the requested State brought to testify and returned (model UNTOC
  // 18(10)-(12)): detained there when asked, and transferred only with their consent, which the
  // requested State learns when it executes (engine advance/outcomes.ts).
  'detainee-transfer': {
    article: '40',
    name: 'Mutual legal assistance: temporary transfer of a detained person to testify',
    regime: 'assistance',
    mla: true,
    target: 'suspect',
    dataKinds: [],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '20d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: [...MLA_CONTENTS, TRANSFER_CONTENT],
    produces: 'transfer',
    token: 'square',
  },
  extradition: {
    article: '37',
    name: 'Extradition',
    regime: 'extradition',
    mla: true,
    target: 'suspect',
    dataKinds: [],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '30d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: MLA_CONTENTS,
    produces: 'surrender',
    token: 'diamond',
  },
  'provisional-arrest': {
    article: '37',
    name: 'Provisional arrest pending extradition',
    regime: 'extradition',
    mla: false,
    target: 'suspect',
    dataKinds: [],
    channels: ['central-authority', 'police', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '2d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: POLICE_CONTENTS,
    produces: 'arrest',
    token: 'diamond',
  },
  'asset-freeze': {
    article: '50',
    name: 'Freezing or seizure of proceeds for confiscation',
    regime: 'assistance',
    mla: true,
    target: 'asset',
    dataKinds: [],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '3d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: [...MLA_CONTENTS, PROPERTY_CONTENT],
    produces: 'freeze',
    token: 'diamond',
  },
  confiscation: {
    article: '50',
    name: 'Confiscation of proceeds',
    regime: 'assistance',
    mla: true,
    target: 'asset',
    dataKinds: [],
    channels: ['central-authority', 'diplomatic'],
    emergencyChannel: null,
    defaultProcessing: '60d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: [...MLA_CONTENTS, PROPERTY_CONTENT],
    produces: 'confiscation',
    token: 'diamond',
  },
  'police-cooperation': {
    article: '47',
    name: 'Law enforcement cooperation (locate a suspect, share intelligence)',
    regime: 'police',
    mla: false,
    target: 'suspect',
    dataKinds: [],
    channels: ['police', '24-7-network'],
    emergencyChannel: null,
    defaultProcessing: '2d',
    expedition: 'none',
    requiresPower: null,
    extraordinaryCosts: false,
    transfersPersonalData: false,
    contents: POLICE_CONTENTS,
    produces: 'whereabouts',
    token: 'triangle',
  },
} satisfies Record<string, RequestKindSpec>;

export type RequestKind = keyof typeof SPECS;
export const REQUEST_KINDS: Readonly<Record<RequestKind, RequestKindSpec>> = SPECS;
export const REQUEST_KIND_IDS = Object.keys(SPECS) as RequestKind[];

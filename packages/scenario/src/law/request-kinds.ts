import type { Channel, DataKind } from './vocabulary.js';

/**
 * The kinds of request one State sends another, with the article that governs each, the
 * channels it may travel by, and how long a requested State takes by default to execute it
 * (a scenario overrides this per country with `law.processingTime`).
 */
export const REQUEST_KINDS = {
  preservation: {
    article: '42',
    name: 'Expedited preservation of stored data',
    channels: ['24-7-network', 'central-authority', 'police'],
    defaultProcessing: '1d',
  },
  'traffic-disclosure': {
    article: '43',
    name: 'Expedited disclosure of preserved traffic data',
    channels: ['24-7-network', 'central-authority'],
    defaultProcessing: '2d',
  },
  'stored-data': {
    article: '44',
    name: 'Mutual legal assistance: access to stored data',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '20d',
  },
  'real-time-traffic': {
    article: '45',
    name: 'Mutual legal assistance: real-time collection of traffic data',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '5d',
  },
  interception: {
    article: '46',
    name: 'Mutual legal assistance: interception of content data',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '10d',
  },
  mla: {
    article: '40',
    name: 'Mutual legal assistance (witness statements, documents, other measures)',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '30d',
  },
  extradition: {
    article: '37',
    name: 'Extradition',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '30d',
  },
  'provisional-arrest': {
    article: '37',
    name: 'Provisional arrest pending extradition',
    channels: ['central-authority', 'police', 'diplomatic'],
    defaultProcessing: '2d',
  },
  'asset-freeze': {
    article: '50',
    name: 'Freezing or seizure of proceeds for confiscation',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '3d',
  },
  confiscation: {
    article: '50',
    name: 'Confiscation of proceeds',
    channels: ['central-authority', 'diplomatic'],
    defaultProcessing: '60d',
  },
  'police-cooperation': {
    article: '47',
    name: 'Law enforcement cooperation (locate a suspect, share intelligence)',
    channels: ['police', '24-7-network'],
    defaultProcessing: '2d',
  },
} as const satisfies Record<
  string,
  { article: string; name: string; channels: readonly Channel[]; defaultProcessing: string }
>;

export type RequestKind = keyof typeof REQUEST_KINDS;
export const REQUEST_KIND_IDS = Object.keys(REQUEST_KINDS) as RequestKind[];

/** Data kinds a request of each e-evidence kind may obtain; the engine refuses a mismatch. */
export const REQUEST_DATA_KINDS: Partial<Record<RequestKind, readonly DataKind[]>> = {
  preservation: ['subscriber', 'traffic', 'content'],
  'traffic-disclosure': ['traffic'],
  'stored-data': ['subscriber', 'traffic', 'content', 'device'],
  'real-time-traffic': ['traffic'],
  interception: ['content'],
  mla: ['financial'],
};

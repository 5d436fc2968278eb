import type { Request } from './state.js';

/** The fields a request has before anything has happened to it (a fresh object each call). */
export type RequestDefaults = Pick<
  Request,
  | 'missing'
  | 'urgent'
  | 'confirmInWritingBy'
  | 'emergency'
  | 'confidential'
  | 'suggestedDeadline'
  | 'deadlineReason'
  | 'acknowledgedAt'
  | 'dueAt'
  | 'partOnly'
  | 'executionAuthorisedBy'
  | 'conditions'
  | 'consultations'
  | 'refusal'
  | 'postponement'
  | 'progressQueries'
  | 'warnings'
  | 'confidentialityNotices'
  | 'moreInformation'
  | 'outcome'
  | 'noLongerNeededDueAt'
  | 'prosecutionRequestedAt'
  | 'prosecutionOverdue'
>;

/**
 * A new request starts from these values; the wire protocol also uses them as the template it
 * leaves out of a new request's update. Fresh arrays each call: the state is mutated in place.
 */
export function requestDefaults(): RequestDefaults {
  return {
    missing: [],
    urgent: false,
    confirmInWritingBy: null,
    emergency: false,
    confidential: false,
    suggestedDeadline: null,
    deadlineReason: '',
    acknowledgedAt: null,
    dueAt: null,
    partOnly: null,
    executionAuthorisedBy: null,
    conditions: null,
    consultations: [],
    refusal: null,
    postponement: null,
    progressQueries: [],
    warnings: [],
    confidentialityNotices: [],
    moreInformation: [],
    outcome: null,
    noLongerNeededDueAt: null,
    prosecutionRequestedAt: null,
    prosecutionOverdue: false,
  };
}

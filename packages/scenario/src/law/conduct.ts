/**
 * The conduct the convention requires States to criminalise (Chapter II), as slugs.
 * Dual criminality is judged on these conduct tags, never on a country's own offence names
 * (rule `dual-criminality.by-conduct`, Art. 35). Scenarios may declare further conduct
 * (extortion, drug trafficking...) which counts only as "other serious crime" (Art. 2(h)).
 */
export const CONVENTION_CONDUCTS = {
  'illegal-access': { article: '7', name: 'Illegal access' },
  'illegal-interception': { article: '8', name: 'Illegal interception' },
  'data-interference': { article: '9', name: 'Interference with electronic data' },
  'system-interference': { article: '10', name: 'Interference with an ICT system' },
  'misuse-of-devices': { article: '11', name: 'Misuse of devices' },
  forgery: { article: '12', name: 'ICT system-related forgery' },
  fraud: { article: '13', name: 'ICT system-related theft or fraud' },
  'child-sexual-abuse-material': {
    article: '14',
    name: 'Online child sexual abuse or exploitation material',
  },
  grooming: { article: '15', name: 'Solicitation or grooming of a child' },
  'intimate-images': { article: '16', name: 'Non-consensual dissemination of intimate images' },
  laundering: { article: '17', name: 'Laundering of proceeds of crime' },
} as const satisfies Record<string, { article: string; name: string }>;

export type ConventionConduct = keyof typeof CONVENTION_CONDUCTS;

export const CONVENTION_CONDUCT_IDS = Object.keys(CONVENTION_CONDUCTS) as ConventionConduct[];

export function isConventionConduct(conduct: string): conduct is ConventionConduct {
  return Object.hasOwn(CONVENTION_CONDUCTS, conduct);
}

/** Serious crime: a maximum deprivation of liberty of at least four years (Art. 2(h)). */
export const SERIOUS_CRIME_MIN_YEARS = 4;

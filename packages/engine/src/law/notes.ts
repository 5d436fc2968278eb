import {
  type Country,
  contentTerm,
  elementOptions,
  REAL_TIME_ARTICLE,
  REQUEST_KINDS,
  realTimeCollectionFor,
  TREATY_CONTENTS,
  treatiesOf,
  treatyGrounds,
} from '@crossborder/scenario';
import type { MessageKey, MessageParams } from '../model/message.js';
import { displayName } from './display-name.js';

/**
 * A country's reservations, options and treaties, said for a reader: each a catalogue key with
 * its parameters and the article it rests on. Pure, on public data (a scenario's countries or a
 * view's directory), for the briefing, the directory and the composer.
 */
export interface LawNote {
  key: MessageKey;
  params: MessageParams;
  /** `7(2)`, `23`: the article the note rests on, for display as "Art. …". */
  article: string;
  /** The conduct it narrows, if it narrows one (an option of Arts 7-15, or real-time collection kept for some). */
  conducts: readonly string[];
}

type Public = Pick<Country, 'name' | 'shortName' | 'law' | 'treaties' | 'convention'>;

const EFFECT_KEYS = {
  requires: 'law.reservation.requires',
  excludes: 'law.reservation.excludes',
  extends: 'law.reservation.extends',
} as const satisfies Record<string, MessageKey>;

/**
 * What the country calls a conduct (the scenario's own words), or else its id, which the message's
 * `{conduct:conduct}` says as the catalogue's name of the convention offence.
 */
function conductName(country: Pick<Country, 'law'>, conduct: string): string {
  return country.law.criminalises[conduct]?.name ?? conduct;
}

/**
 * The country's reservations and options, one note each element: "Unauthorised access: a crime
 * only where a security measure was infringed (Art. 7(2))".
 */
export function reservationNotes(country: Pick<Country, 'law'>): LawNote[] {
  const notes = elementOptions(country.law).map(
    (option): LawNote =>
      option.article === '11(3)'
        ? {
            key: 'law.reservation.misuse-of-devices',
            params: { conduct: conductName(country, option.conduct), article: option.article },
            article: option.article,
            conducts: [option.conduct],
          }
        : {
            key: EFFECT_KEYS[option.effect],
            params: {
              conduct: conductName(country, option.conduct),
              element: option.element,
              article: option.article,
            },
            article: option.article,
            conducts: [option.conduct],
          },
  );
  const kept = realTimeCollectionFor(country.law);
  if (kept) {
    notes.push({
      key: 'law.reservation.real-time',
      params: {
        conducts: kept.map((conduct) => conductName(country, conduct)),
        article: REAL_TIME_ARTICLE,
      },
      article: REAL_TIME_ARTICLE,
      conducts: kept,
    });
  }
  return notes;
}

/** A treaty that binds the country, with the other party and what it changes, each a note. */
export interface TreatyNotes {
  id: string;
  name: string;
  kind: 'mla' | 'extradition';
  other: string;
  notes: LawNote[];
}

/** The items a treaty adds or waives, by id: the convention's list for assistance, and the treaty items. */
const ITEMS = [...REQUEST_KINDS.mla.contents, ...TREATY_CONTENTS];
const term = (id: string) => {
  const item = ITEMS.find((found) => found.id === id);
  return item ? contentTerm(item) : id;
};

/** Every treaty that binds the country, wherever declared, and what each changes (Arts 37, 40). */
export function treatyNotes(countries: Readonly<Record<string, Public>>, country: string): TreatyNotes[] {
  const name = (id: string) => displayName(countries, id);
  return treatiesOf(countries, country).map(({ id, treaty, parties }) => {
    const other = parties[0] === country ? parties[1] : parties[0];
    const article = treaty.kind === 'mla' ? '40' : '37';
    const note = (key: MessageKey, params: MessageParams = {}): LawNote => ({
      key,
      params,
      article,
      conducts: [],
    });
    const notes: LawNote[] = [
      note(treaty.kind === 'mla' ? 'law.treaty.mla-with' : 'law.treaty.extradition-with', {
        other: name(other),
      }),
    ];
    if (treaty.conventionApplies) notes.push(note('law.treaty.convention-applies'));
    else {
      if (treaty.channels) notes.push(note('law.treaty.channels', { channels: treaty.channels }));
      if (treaty.refusalGrounds) notes.push(note('law.treaty.grounds', { grounds: treatyGrounds(treaty) }));
      if (treaty.contents.add.length > 0)
        notes.push(note('law.treaty.adds', { items: treaty.contents.add.map(term) }));
      if (treaty.contents.waive.length > 0)
        notes.push(note('law.treaty.waives', { items: treaty.contents.waive.map(term) }));
      if (treaty.minPenaltyYears !== undefined)
        notes.push(note('law.treaty.min-penalty', { years: String(treaty.minPenaltyYears) }));
      if (notes.length === 1) notes.push(note('law.treaty.as-convention'));
    }
    return { id, name: treaty.name, kind: treaty.kind, other, notes };
  });
}

/**
 * What a country's law says that a team needs when it asks that country or executes for
 * another, in plain words, each with its article: the minimum penalty for extradition (Art. 37,
 * model UNTOC 16(7)), the offences for which it intercepts (Arts 30, 46), whether it collects
 * traffic data in real time (Arts 29, 45), which authority authorises what it does for another
 * State (Arts 24, 40), its data-protection bars and conditions (Art. 36), and whether its law
 * makes providers tell account holders (Art. 40: a tip-off risk).
 */
export function lawNotes(
  countries: Readonly<Record<string, Pick<Country, 'name' | 'shortName'>>>,
  country: Pick<Country, 'law'>,
): LawNote[] {
  const { law } = country;
  const name = (id: string) => displayName(countries, id);
  const note = (key: MessageKey, article: string, params: MessageParams = {}): LawNote => ({
    key,
    params,
    article,
    conducts: [],
  });
  const notes: LawNote[] = [
    law.extraditionMinPenaltyYears > 0
      ? note('law.note.extradition-min-penalty', '37', { years: String(law.extraditionMinPenaltyYears) })
      : note('law.note.extradition-no-min-penalty', '37'),
  ];
  if (!law.powers.realTimeCollection) notes.push(note('law.note.no-real-time', '45'));
  if (!law.powers.interception) notes.push(note('law.note.no-interception', '46'));
  else if (law.powers.interceptionFor)
    notes.push({
      ...note('law.note.interception-for', '46', {
        conducts: law.powers.interceptionFor.map((conduct) => conductName(country, conduct)),
      }),
      conducts: law.powers.interceptionFor,
    });
  else notes.push(note('law.note.interception-serious', '46'));
  if (law.executingAuthority)
    notes.push(note('law.note.executing-authority', '24', { authority: law.executingAuthority }));
  if (law.dataProtection.forbidsTransferTo.length > 0)
    notes.push(
      note('law.note.data-protection-forbids', '36', {
        countries: law.dataProtection.forbidsTransferTo.map(name),
      }),
    );
  if (law.dataProtection.onConditionsTo.length > 0)
    notes.push(
      note('law.note.data-protection-on-conditions', '36', {
        countries: law.dataProtection.onConditionsTo.map(name),
        conditions: law.dataProtection.conditions,
      }),
    );
  if (law.notifiesDataSubjects) notes.push(note('law.note.notifies-data-subjects', '40'));
  return notes;
}

/** A provider a team knows of through its case file, as `KnownEvidence.provider` shows it. */
export interface KnownProvider {
  name: string;
  country: string | null;
  offersServicesIn: readonly string[];
  notifiesCustomers: boolean;
}

/**
 * What a team needs to know of a provider it knows of: where else it offers its services (their
 * production orders reach its subscriber information, Art. 27, model BC 18(1)(b)) and whether it
 * tells its customers of orders (ask for confidentiality, model BC 16(3)). Nothing to say: no note.
 */
export function providerNotes(
  countries: Readonly<Record<string, Pick<Country, 'name' | 'shortName'>>>,
  provider: KnownProvider,
): LawNote[] {
  const name = (id: string) => displayName(countries, id);
  const where = provider.country ? name(provider.country) : '?';
  const notes: LawNote[] = [];
  if (provider.offersServicesIn.length > 0)
    notes.push({
      key: 'law.provider.offers-services',
      params: {
        provider: provider.name,
        country: where,
        countries: provider.offersServicesIn.map(name),
      },
      article: '27',
      conducts: [],
    });
  if (provider.notifiesCustomers)
    notes.push({
      key: 'law.provider.notifies-customers',
      params: { provider: provider.name, country: where },
      article: '25',
      conducts: [],
    });
  return notes;
}

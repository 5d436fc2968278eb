import { CONVENTION_CONDUCT_IDS, CONVENTION_CONDUCTS, SERIOUS_CRIME_MIN_YEARS } from '../law/conduct.js';
import { isOffenceArticle, OFFENCE_ARTICLES, REAL_TIME_ARTICLE } from '../law/offence-elements.js';
import { articlesOfElement } from '../law/reservations.js';
import { AGREEMENT_KINDS } from '../law/vocabulary.js';
import { RULE_IDS } from '../rules/catalogue.js';
import { checkTranslations } from '../schema/translations.js';
import { closest, listForMessage } from '../text/did-you-mean.js';
import { formatDuration, parseDuration } from '../time/duration.js';
import { MAX_GUESS_WORK } from './limits.js';
import { error, type PathSegment, type Problem, warning } from './problem.js';
import { entries, keys, list, type Raw, record, text } from './raw.js';

/** The kinds of id a scenario declares, with the word an author knows them by. */
const NAMESPACES = {
  countries: 'country',
  conducts: 'conduct',
  facts: 'fact',
  offences: 'offence',
  victims: 'victim',
  suspects: 'suspect',
  providers: 'provider',
  evidence: 'evidence item',
  assets: 'asset',
  injects: 'inject',
  agreements: 'planned agreement',
  rules: 'rule',
} as const;
export type Namespace = keyof typeof NAMESPACES;

/** A field that names an id declared elsewhere: where it is, and what kind of id it takes. */
export interface ReferenceField {
  path: PathSegment[];
  namespace: Namespace;
}

/** An id a document can refer to, and what the document calls it (its name, title or text). */
export interface DeclaredId {
  id: string;
  name?: string;
}

/**
 * Every field of the document that refers to an id declared elsewhere (an evidence item's
 * holder, a condition's country...), whatever its value, and the ids each kind has: what the
 * studio completes and explains. Found by the same walk as the checks, so the two never disagree.
 */
export function referenceFields(document: unknown): {
  fields: ReferenceField[];
  ids: Record<Namespace, DeclaredId[]>;
} {
  const checker = new ReferenceChecker(record(document));
  checker.run();
  return { fields: checker.fields, ids: checker.declared() };
}

/**
 * Checks every reference between the parts of a scenario (an evidence item's holder, an
 * inject's target...), that every fact, evidence item and asset can be reached in play, and
 * that no deadline falls after the scenario's end. Reads the raw document (see raw.ts).
 */
export function checkReferences(document: unknown): Problem[] {
  return new ReferenceChecker(record(document)).run();
}

class ReferenceChecker {
  private readonly problems: Problem[] = [];
  /** The reference fields walked, for `referenceFields`. */
  readonly fields: ReferenceField[] = [];
  private readonly ids: Record<Namespace, Set<string>>;
  /** Where the document declares each kind of id (the convention's conducts and the rules are built in). */
  private readonly collections: Record<Namespace, unknown>;
  private readonly caseFile: Raw;
  private readonly end: number | undefined;
  private readonly hints = new Map<string, string>();
  private readonly known = new Map<Namespace, { list: string[]; letters: number; text: string }>();
  private guessWork = 0;

  constructor(private readonly root: Raw) {
    this.caseFile = record(root.case);
    this.end = parseDuration(text(record(root.session).endsAfter) ?? '');
    this.collections = {
      countries: root.countries,
      conducts: root.conducts,
      facts: this.caseFile.facts,
      offences: this.caseFile.offences,
      victims: this.caseFile.victims,
      suspects: this.caseFile.suspects,
      providers: this.caseFile.providers,
      evidence: this.caseFile.evidence,
      assets: this.caseFile.assets,
      injects: root.injects,
      agreements: this.caseFile.agreements,
      rules: undefined,
    };
    const declared = (namespace: Namespace) => keys(this.collections[namespace]);
    this.ids = {
      countries: new Set(declared('countries')),
      conducts: new Set([...CONVENTION_CONDUCT_IDS, ...declared('conducts')]),
      facts: new Set(declared('facts')),
      offences: new Set(declared('offences')),
      victims: new Set(declared('victims')),
      suspects: new Set(declared('suspects')),
      providers: new Set(declared('providers')),
      evidence: new Set(declared('evidence')),
      assets: new Set(declared('assets')),
      injects: new Set(declared('injects')),
      agreements: new Set(declared('agreements')),
      rules: new Set(RULE_IDS),
    };
  }

  run(): Problem[] {
    this.checkCountries();
    this.checkTreaties();
    this.checkCase();
    this.checkAgreements();
    this.checkInjects();
    this.checkObjectives();
    this.checkRules();
    this.checkReachability();
    this.checkSecretNames();
    this.checkPace();
    this.problems.push(...checkTranslations(this.root));
    return this.problems;
  }

  /** Every id of each kind, with the name the document gives it where it gives one. */
  declared(): Record<Namespace, DeclaredId[]> {
    const named = (namespace: Namespace, id: string): DeclaredId => {
      const entry = record(record(this.collections[namespace])[id]);
      const name = [entry.shortName, entry.name, entry.title, entry.text, entry.description]
        .map(text)
        .find((found) => found !== undefined);
      return name === undefined ? { id } : { id, name };
    };
    return Object.fromEntries(
      Object.entries(this.ids).map(([namespace, ids]) => [
        namespace,
        [...ids].map((id) => named(namespace as Namespace, id)),
      ]),
    ) as Record<Namespace, DeclaredId[]>;
  }

  private ref(path: PathSegment[], value: unknown, namespace: Namespace, atKey = false): void {
    if (!atKey) this.fields.push({ path, namespace });
    const id = text(value);
    if (id === undefined || this.ids[namespace].has(id)) return;
    this.problems.push(
      error(path, `unknown ${NAMESPACES[namespace]} "${id}" (${this.hint(namespace, id)})`, atKey),
    );
  }

  /**
   * "did you mean ...? known: ...". Guessing compares the id with every known one, letter by
   * letter: a file of thousands of distinct unknown ids against a thousand declared ones made
   * that quadratic (15,000 against 900 took 8 s). So each id is guessed once, and guessing
   * stops when MAX_GUESS_WORK letter pairs have been compared; later ids get the list alone.
   */
  private hint(namespace: Namespace, id: string): string {
    const key = `${namespace}:${id}`;
    const known = this.hints.get(key);
    if (known !== undefined) return known;
    const ids = this.knownIds(namespace);
    let guess: string | undefined;
    const cost = id.length * ids.letters;
    if (this.guessWork + cost <= MAX_GUESS_WORK) {
      this.guessWork += cost;
      guess = closest(id, ids.list);
    }
    const hint = guess ? `did you mean "${guess}"? ${ids.text}` : ids.text;
    this.hints.set(key, hint);
    return hint;
  }

  private knownIds(namespace: Namespace): { list: string[]; letters: number; text: string } {
    const cached = this.known.get(namespace);
    if (cached) return cached;
    const list = [...this.ids[namespace]];
    const ids = {
      list,
      letters: list.reduce((sum, id) => sum + id.length, 0),
      // The rules catalogue is too long to list: point at it instead.
      text:
        namespace === 'rules'
          ? 'rule ids are listed in packages/scenario/src/rules/chapters/'
          : `known: ${listForMessage(list)}`,
    };
    this.known.set(namespace, ids);
    return ids;
  }

  private refs(path: PathSegment[], value: unknown, namespace: Namespace): void {
    this.fields.push({ path, namespace });
    list(value).forEach((item, index) => {
      this.ref([...path, index], item, namespace);
    });
  }

  /** `all` or a list of countries. */
  private audience(path: PathSegment[], value: unknown): void {
    if (value !== 'all') this.refs(path, value, 'countries');
  }

  private beforeEnd(path: PathSegment[], value: unknown, what: string): void {
    const minutes = parseDuration(text(value) ?? '');
    if (minutes === undefined || this.end === undefined || minutes <= this.end) return;
    this.problems.push(
      error(
        path,
        `${what} ${text(value)} is after the scenario's end (session.endsAfter: ${formatDuration(this.end)}): move it earlier or extend endsAfter`,
      ),
    );
  }

  private checkCountries(): void {
    for (const [id, country] of entries(this.root.countries)) {
      const law = record(country.law);
      for (const conduct of keys(law.criminalises)) {
        this.ref(['countries', id, 'law', 'criminalises', conduct], conduct, 'conducts', true);
      }
      this.refs(
        ['countries', id, 'law', 'dataProtection', 'forbidsTransferTo'],
        record(law.dataProtection).forbidsTransferTo,
        'countries',
      );
      this.refs(
        ['countries', id, 'law', 'dataProtection', 'onConditionsTo'],
        record(law.dataProtection).onConditionsTo,
        'countries',
      );
      this.checkInterception(id, law);
      this.checkReservations(id, law);
    }
  }

  /**
   * Each article at most once; an option only for a conduct the country criminalises; an Art. 23
   * reservation keeps real-time collection for conduct it criminalises, and for no fewer than
   * those for which it allows interception (model BC 14(3)(a)).
   */
  private checkReservations(id: string, law: Raw): void {
    const criminalised = new Set(keys(law.criminalises));
    const seen = new Map<string, number>();
    list(law.reservations).forEach((entry, index) => {
      const path: PathSegment[] = ['countries', id, 'law', 'reservations', index];
      const reservation = record(entry);
      const article = text(reservation.article);
      if (article === undefined) return;
      const first = seen.get(article);
      if (first !== undefined) {
        this.problems.push(
          error(
            [...path, 'article'],
            `Art. ${article} is already listed (reservations[${first}]): put everything this country took under it in that one entry`,
          ),
        );
        return;
      }
      seen.set(article, index);
      if (isOffenceArticle(article)) {
        const conduct = OFFENCE_ARTICLES[article].conduct;
        if (!criminalised.has(conduct)) {
          this.problems.push(
            error(
              [...path, 'article'],
              `Art. ${article} narrows ${CONVENTION_CONDUCTS[conduct].name.toLowerCase()} (${conduct}), which this country does not criminalise (law.criminalises): add the conduct there or remove this entry`,
            ),
          );
        }
      }
      if (article === REAL_TIME_ARTICLE)
        this.checkRealTimeReservation(id, law, [...path, 'realTimeCollectionFor'], reservation);
    });
  }

  private checkRealTimeReservation(id: string, law: Raw, path: PathSegment[], reservation: Raw): void {
    const criminalised = new Set(keys(law.criminalises));
    const kept = list(reservation.realTimeCollectionFor).flatMap((value) => text(value) ?? []);
    list(reservation.realTimeCollectionFor).forEach((conduct, index) => {
      this.ref([...path, index], conduct, 'conducts');
      const name = text(conduct);
      if (name !== undefined && this.ids.conducts.has(name) && !criminalised.has(name)) {
        this.problems.push(
          error(
            [...path, index],
            `"${name}" is not criminalised by this country (law.criminalises): real-time collection serves its criminal law, so add the conduct there or remove it here`,
          ),
        );
      }
    });
    const powers = record(law.powers);
    if (powers.realTimeCollection === false) {
      this.problems.push(
        warning(
          path,
          `country "${id}" provides no real-time collection at all (law.powers.realTimeCollection: false): this reservation changes nothing; remove one or the other`,
        ),
      );
      return;
    }
    const intercepted =
      powers.interception === false
        ? []
        : Array.isArray(powers.interceptionFor)
          ? list(powers.interceptionFor).flatMap((value) => text(value) ?? [])
          : entries(law.criminalises)
              .filter(
                ([, offence]) =>
                  typeof offence.maxPenaltyYears === 'number' &&
                  offence.maxPenaltyYears >= SERIOUS_CRIME_MIN_YEARS,
              )
              .map(([conduct]) => conduct);
    const missing = intercepted.filter((conduct) => !kept.includes(conduct));
    if (missing.length > 0) {
      this.problems.push(
        error(
          path,
          `real-time collection may be reserved to some offences, but not to fewer than those for which this country allows interception (Art. 23, model BC 14(3)(a)): add ${missing.join(', ')}`,
        ),
      );
    }
  }

  /**
   * A treaty binds its country and another (`with`); ids are unique in the scenario; a pair of
   * countries has at most one treaty of each kind, declared once under either of them. Agreeing
   * to apply the convention instead (model UNTOC 18(7)) needs both bound by it.
   */
  private checkTreaties(): void {
    const declared = new Map<string, string>();
    const pairs = new Map<string, string>();
    for (const [id, country] of entries(this.root.countries)) {
      for (const [treatyId, treaty] of entries(country.treaties)) {
        const path: PathSegment[] = ['countries', id, 'treaties', treatyId];
        const elsewhere = declared.get(treatyId);
        if (elsewhere !== undefined) {
          this.problems.push(
            error(
              path,
              `treaty id "${treatyId}" is also used under countries.${elsewhere}.treaties: give each treaty its own id`,
              true,
            ),
          );
        }
        declared.set(treatyId, id);
        this.checkTreatyKind(path, treaty);
        const other = text(treaty.with);
        if (other === undefined) continue;
        this.ref([...path, 'with'], other, 'countries');
        if (other === id) {
          this.problems.push(
            error(
              [...path, 'with'],
              `a treaty binds two countries: name the other party here, not "${id}" under which it is declared`,
            ),
          );
          continue;
        }
        if (!this.ids.countries.has(other)) continue;
        const kind = text(treaty.kind) ?? '';
        const pair = `${[id, other].sort().join(' and ')}: ${kind}`;
        const before = pairs.get(pair);
        if (before !== undefined) {
          this.problems.push(
            error(
              path,
              `${id} and ${other} already have ${kind === 'mla' ? 'an MLA' : `an ${kind}`} treaty ("${before}"): a pair of countries has one treaty of each kind, declared once under either of them`,
              true,
            ),
          );
          continue;
        }
        pairs.set(pair, treatyId);
        if (treaty.conventionApplies === true) {
          const outside = [id, other].filter(
            (party) => text(record(record(record(this.root.countries)[party]).convention).status) !== 'party',
          );
          if (outside.length > 0) {
            this.problems.push(
              warning(
                [...path, 'conventionApplies'],
                `${outside.join(' and ')} ${outside.length > 1 ? 'are' : 'is'} not a party to the convention: the two cannot apply its procedure instead, so the treaty governs (model UNTOC 18(7))`,
              ),
            );
          }
        }
      }
    }
  }

  /**
   * Interception serves the country's own criminal law (Art. 30): each conduct it lists must be
   * a conduct, and one this country criminalises.
   */
  private checkInterception(id: string, law: Raw): void {
    const path: PathSegment[] = ['countries', id, 'law', 'powers', 'interceptionFor'];
    const criminalised = new Set(keys(law.criminalises));
    list(record(law.powers).interceptionFor).forEach((conduct, index) => {
      this.ref([...path, index], conduct, 'conducts');
      const name = text(conduct);
      if (name !== undefined && this.ids.conducts.has(name) && !criminalised.has(name)) {
        this.problems.push(
          error(
            [...path, index],
            `"${name}" is not criminalised by this country (law.criminalises): interception serves its criminal law, so add the conduct there or remove it here`,
          ),
        );
      }
    });
  }

  private checkCase(): void {
    const at = (...path: PathSegment[]) => ['case', ...path];
    for (const [id, fact] of entries(this.caseFile.facts))
      this.refs(at('facts', id, 'knownBy'), fact.knownBy, 'countries');
    for (const [id, offence] of entries(this.caseFile.offences)) {
      this.refs(at('offences', id, 'conduct'), offence.conduct, 'conducts');
      this.checkElements(at('offences', id, 'elements'), offence);
      this.refs(at('offences', id, 'committedIn'), offence.committedIn, 'countries');
      this.refs(at('offences', id, 'victims'), offence.victims, 'victims');
      this.refs(at('offences', id, 'suspects'), offence.suspects, 'suspects');
      this.ref(at('offences', id, 'againstState'), offence.againstState, 'countries');
    }
    for (const [id, victim] of entries(this.caseFile.victims)) {
      this.ref(at('victims', id, 'nationality'), victim.nationality, 'countries');
      this.ref(at('victims', id, 'location'), victim.location, 'countries');
    }
    for (const [id, suspect] of entries(this.caseFile.suspects)) {
      if (suspect.nationality !== 'stateless')
        this.ref(at('suspects', id, 'nationality'), suspect.nationality, 'countries');
      this.ref(at('suspects', id, 'residence'), suspect.residence, 'countries');
      this.ref(at('suspects', id, 'location'), suspect.location, 'countries');
      this.refs(at('suspects', id, 'identityKnownBy'), suspect.identityKnownBy, 'countries');
      this.refs(at('suspects', id, 'locationKnownBy'), suspect.locationKnownBy, 'countries');
    }
    for (const [id, provider] of entries(this.caseFile.providers)) {
      this.ref(at('providers', id, 'country'), provider.country, 'countries');
      this.refs(at('providers', id, 'offersServicesIn'), provider.offersServicesIn, 'countries');
      list(provider.offersServicesIn).forEach((country, index) => {
        if (country !== undefined && country === provider.country) {
          this.problems.push(
            warning(
              at('providers', id, 'offersServicesIn', index),
              `"${country}" is where the provider is established: its authorities reach it anyway; list only other countries`,
            ),
          );
        }
      });
    }
    for (const [id, item] of entries(this.caseFile.evidence)) {
      this.ref(at('evidence', id, 'holder'), item.holder, item.kind === 'device' ? 'suspects' : 'providers');
      this.refs(at('evidence', id, 'proves'), item.proves, 'offences');
      this.refs(at('evidence', id, 'knownBy'), item.knownBy, 'countries');
      const reveals = record(item.reveals);
      this.refs(at('evidence', id, 'reveals', 'facts'), reveals.facts, 'facts');
      this.refs(at('evidence', id, 'reveals', 'evidence'), reveals.evidence, 'evidence');
      this.refs(at('evidence', id, 'reveals', 'identityOf'), reveals.identityOf, 'suspects');
      this.refs(at('evidence', id, 'reveals', 'locationOf'), reveals.locationOf, 'suspects');
      this.refs(at('evidence', id, 'reveals', 'assets'), reveals.assets, 'assets');
      list(reveals.evidence).forEach((other, index) => {
        if (other === id) {
          this.problems.push(
            error(
              at('evidence', id, 'reveals', 'evidence', index),
              `evidence item "${id}" cannot reveal itself`,
            ),
          );
        }
      });
    }
    for (const [id, asset] of entries(this.caseFile.assets)) {
      this.ref(at('assets', id, 'holder'), asset.holder, 'providers');
      this.refs(at('assets', id, 'knownBy'), asset.knownBy, 'countries');
      list(asset.movements).forEach((movement, index) => {
        const path = at('assets', id, 'movements', index);
        this.ref([...path, 'to'], record(movement).to, 'providers');
        this.beforeEnd([...path, 'at'], record(movement).at, 'the movement at');
      });
    }
  }

  /**
   * The agreements the case plans: members, lead and offence are declared; the proposer and the
   * lead are members; a lead and an offence belong to the kinds that have them (Arts 39, 48).
   */
  private checkAgreements(): void {
    const at = (...path: PathSegment[]) => ['case', ...path];
    for (const [id, plan] of entries(this.caseFile.agreements)) {
      const path = at('agreements', id);
      this.refs([...path, 'members'], plan.members, 'countries');
      this.ref([...path, 'lead'], plan.lead, 'countries');
      this.ref([...path, 'offence'], plan.offence, 'offences');
      this.ref([...path, 'proposedBy'], plan.proposedBy, 'countries');
      this.checkCondition([...path, 'when'], plan.when);
      const members = list(plan.members).flatMap((member) => text(member) ?? []);
      for (const key of ['lead', 'proposedBy']) {
        const country = text(plan[key]);
        if (country !== undefined && this.ids.countries.has(country) && !members.includes(country))
          this.problems.push(
            error([...path, key], `"${country}" is not one of the agreement's members: add it to members`),
          );
      }
      // A kind the schema refused is reported there: nothing more to say about it here.
      const kind = AGREEMENT_KINDS.find((known) => known === text(plan.kind));
      if (kind === undefined) continue;
      const leads = kind === 'lead-jurisdiction' || kind === 'transfer-of-proceedings';
      if (leads && (plan.lead === undefined || plan.offence === undefined))
        this.problems.push(
          error(
            path,
            `a ${kind} agreement names its lead and its offence: add lead: <country> and offence: <offence>`,
          ),
        );
      if (!leads)
        for (const key of ['lead', 'offence'])
          if (plan[key] !== undefined)
            this.problems.push(
              error(
                [...path, key],
                `a ${kind} agreement has no ${key} (only lead-jurisdiction and transfer-of-proceedings do): remove it`,
              ),
            );
    }
    const body = record(this.caseFile.coordinationBody);
    this.refs(at('coordinationBody', 'members'), body.members, 'countries');
  }

  /**
   * Fields that belong to one kind of treaty: an extradition treaty's conditions apply, with no
   * convention procedure to apply instead, and never a fiscal ground (model UNTOC 16(7), 16(15));
   * a minimum penalty is a condition of extradition only.
   */
  private checkTreatyKind(path: PathSegment[], treaty: Raw): void {
    const kind = text(treaty.kind);
    if (kind === 'extradition') {
      if (treaty.conventionApplies === true)
        this.problems.push(
          error(
            [...path, 'conventionApplies'],
            "an extradition treaty's conditions apply (Art. 37, model UNTOC 16(7)): the convention has no extradition procedure to apply in its place; remove conventionApplies",
          ),
        );
      const fiscal = list(treaty.refusalGrounds).indexOf('fiscal-matter');
      if (fiscal >= 0)
        this.problems.push(
          error(
            [...path, 'refusalGrounds', fiscal],
            'extradition may not be refused on the sole ground that the offence involves fiscal matters (Art. 37, model UNTOC 16(15)): remove fiscal-matter',
          ),
        );
    }
    if (kind === 'mla' && treaty.minPenaltyYears !== undefined)
      this.problems.push(
        error(
          [...path, 'minPenaltyYears'],
          'minPenaltyYears is a condition of extradition (Art. 37): an MLA treaty has none; remove it or make the treaty kind: extradition',
        ),
      );
  }

  /** An offence's element is a fact that an option of one of its conducts turns on (Arts 7-15). */
  private checkElements(path: PathSegment[], offence: Raw): void {
    const conducts = list(offence.conduct).flatMap((value) => text(value) ?? []);
    list(offence.elements).forEach((value, index) => {
      const element = text(value);
      if (element === undefined) return;
      const articles = articlesOfElement(element);
      if (articles.length === 0 || articles.some(({ conduct }) => conducts.includes(conduct))) return;
      const qualifies = articles
        .map(({ article, conduct }) => `${CONVENTION_CONDUCTS[conduct].name.toLowerCase()} (Art. ${article})`)
        .join(' or ');
      this.problems.push(
        error(
          [...path, index],
          `"${element}" is an element of ${qualifies}, which this offence's conduct does not include: remove it, or add the conduct it qualifies`,
        ),
      );
    });
  }

  private checkCondition(path: PathSegment[], value: unknown): void {
    const condition = record(value);
    for (const key of ['evidencePreserved', 'evidenceObtained', 'evidenceLost']) {
      this.ref([...path, key], condition[key], 'evidence');
    }
    for (const key of [
      'suspectIdentified',
      'suspectLocated',
      'suspectArrested',
      'suspectSurrendered',
      'suspectTippedOff',
      'prosecutionOpened',
    ]) {
      this.ref([...path, key], condition[key], 'suspects');
    }
    for (const key of ['assetFrozen', 'assetMoved']) this.ref([...path, key], condition[key], 'assets');
    this.ref([...path, 'injectFired'], condition.injectFired, 'injects');
    this.ref([...path, 'by'], condition.by, 'countries');
    this.ref([...path, 'informationShared'], condition.informationShared, 'countries');
    this.ref([...path, 'agreementSigned'], condition.agreementSigned, 'agreements');
    // Compound conditions hold conditions: their references are checked where they are written.
    for (const key of ['all', 'any']) {
      list(condition[key]).forEach((inner, index) => {
        this.checkCondition([...path, key, index], inner);
      });
    }
    for (const key of ['not', 'of'])
      if (condition[key] !== undefined) this.checkCondition([...path, key], condition[key]);
  }

  /** Where a condition, or one inside it, is the firing of this inject. */
  private firedBy(path: PathSegment[], value: unknown, inject: string): PathSegment[][] {
    const condition = record(value);
    const found: PathSegment[][] = condition.injectFired === inject ? [[...path, 'injectFired']] : [];
    for (const key of ['all', 'any']) {
      list(condition[key]).forEach((inner, index) => {
        found.push(...this.firedBy([...path, key, index], inner, inject));
      });
    }
    for (const key of ['not', 'of']) {
      if (condition[key] !== undefined) found.push(...this.firedBy([...path, key], condition[key], inject));
    }
    return found;
  }

  private checkInjects(): void {
    for (const [id, inject] of entries(this.root.injects)) {
      const at = (...path: PathSegment[]) => ['injects', id, ...path];
      this.beforeEnd(at('at'), inject.at, 'the inject time');
      this.checkCondition(at('when'), inject.when);
      for (const path of this.firedBy(at('when'), inject.when, id)) {
        this.problems.push(error(path, `inject "${id}" cannot be triggered by itself`));
      }
      this.audience(at('audience'), inject.audience);
      list(inject.effects).forEach((effect, index) => {
        const raw = record(effect);
        this.ref(at('effects', index, 'revealFact'), raw.revealFact, 'facts');
        this.ref(at('effects', index, 'revealEvidence'), raw.revealEvidence, 'evidence');
        this.ref(at('effects', index, 'deleteEvidence'), raw.deleteEvidence, 'evidence');
        const moveSuspect = record(raw.moveSuspect);
        this.ref(at('effects', index, 'moveSuspect', 'suspect'), moveSuspect.suspect, 'suspects');
        this.ref(at('effects', index, 'moveSuspect', 'to'), moveSuspect.to, 'countries');
        const moveAsset = record(raw.moveAsset);
        this.ref(at('effects', index, 'moveAsset', 'asset'), moveAsset.asset, 'assets');
        this.ref(at('effects', index, 'moveAsset', 'to'), moveAsset.to, 'providers');
      });
    }
  }

  private checkObjectives(): void {
    for (const [id, objective] of entries(this.root.objectives)) {
      this.audience(['objectives', id, 'for'], objective.for);
      this.checkCondition(['objectives', id, 'when'], objective.when);
      this.beforeEnd(['objectives', id, 'deadline'], objective.deadline, 'the deadline');
    }
  }

  private checkRules(): void {
    this.refs(['rules', 'disabled'], record(this.root.rules).disabled, 'rules');
  }

  /**
   * Every fact, evidence item and asset must be reachable: known to someone at the start, or
   * revealed by an inject or by an item that is itself reachable. Whatever is left can never
   * enter play, which is always an authoring mistake.
   */
  private checkReachability(): void {
    const reached = { facts: new Set<string>(), evidence: new Set<string>(), assets: new Set<string>() };
    const revealedBy = {
      facts: new Map<string, string[]>(),
      evidence: new Map<string, string[]>(),
      assets: new Map<string, string[]>(),
    };
    const queue: string[] = [];
    const reach = (kind: keyof typeof reached, id: string) => {
      if (reached[kind].has(id)) return;
      reached[kind].add(id);
      if (kind === 'evidence') queue.push(id);
    };
    for (const [id, fact] of entries(this.caseFile.facts))
      if (list(fact.knownBy).length > 0) reach('facts', id);
    for (const [id, asset] of entries(this.caseFile.assets))
      if (list(asset.knownBy).length > 0) reach('assets', id);
    for (const [, inject] of entries(this.root.injects)) {
      for (const effect of list(inject.effects).map(record)) {
        const fact = text(effect.revealFact);
        const item = text(effect.revealEvidence);
        if (fact) reach('facts', fact);
        if (item) reach('evidence', item);
      }
    }
    const evidence = new Map(entries(this.caseFile.evidence));
    for (const [id, item] of evidence) {
      const reveals = record(item.reveals);
      for (const kind of ['facts', 'evidence', 'assets'] as const) {
        for (const target of list(reveals[kind]).flatMap((value) => text(value) ?? [])) {
          const sources = revealedBy[kind].get(target);
          if (sources) sources.push(id);
          else revealedBy[kind].set(target, [id]);
        }
      }
      if (list(item.knownBy).length > 0) reach('evidence', id);
    }
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const reveals = record(evidence.get(next)?.reveals);
      for (const kind of ['facts', 'evidence', 'assets'] as const) {
        for (const target of list(reveals[kind]).flatMap((value) => text(value) ?? [])) reach(kind, target);
      }
    }
    const words = { facts: 'fact', evidence: 'evidence item', assets: 'asset' } as const;
    const fields = {
      facts: 'reveals.facts',
      evidence: 'reveals.evidence',
      assets: 'reveals.assets',
    } as const;
    const injectEffect = {
      facts: 'or an inject (revealFact)',
      evidence: 'or an inject (revealEvidence)',
      assets: '',
    } as const;
    for (const kind of ['facts', 'evidence', 'assets'] as const) {
      for (const id of keys(this.caseFile[kind])) {
        if (reached[kind].has(id)) continue;
        const sources = revealedBy[kind].get(id) ?? [];
        const message = sources.length
          ? `${words[kind]} "${id}" can never be found: only ${sources.map((s) => `"${s}"`).join(', ')} reveal it, and nothing leads to ${sources.length > 1 ? 'them' : 'it'}`
          : `${words[kind]} "${id}" is revealed by nothing and known to nobody: list a country under knownBy, or reveal it from an evidence item (${fields[kind]})${injectEffect[kind] ? ` ${injectEffect[kind]}` : ''}`;
        this.problems.push(error(['case', kind, id], message, true));
      }
    }
    for (const [id, suspect] of entries(this.caseFile.suspects)) {
      const revealed = [...evidence.entries()].some(
        ([itemId, item]) =>
          reached.evidence.has(itemId) && list(record(item.reveals).identityOf).includes(id),
      );
      if (!revealed && list(suspect.identityKnownBy).length === 0) {
        this.problems.push(
          warning(
            ['case', 'suspects', id],
            `nobody can ever identify suspect "${id}": no reachable evidence item reveals its identity (reveals.identityOf)`,
            true,
          ),
        );
      }
    }
  }

  /**
   * A suspect's real name is the prize of the chain of evidence: it must not appear in text that
   * a team reads before it has earned it (the case summary, an offence, its own briefing, a fact
   * or an evidence title it knows at the start).
   */
  private checkSecretNames(): void {
    const everyone = keys(this.root.countries);
    const places: { path: PathSegment[]; text: string | undefined; readers: string[] }[] = [
      { path: ['case', 'title'], text: text(this.caseFile.title), readers: everyone },
      { path: ['case', 'summary'], text: text(this.caseFile.summary), readers: everyone },
      ...entries(this.caseFile.offences).map(([id, offence]) => ({
        path: ['case', 'offences', id, 'description'],
        text: text(offence.description),
        readers: everyone,
      })),
      ...entries(this.root.countries).map(([id, country]) => ({
        path: ['countries', id, 'briefing'],
        text: text(country.briefing),
        readers: [id],
      })),
      ...entries(this.caseFile.facts).map(([id, fact]) => ({
        path: ['case', 'facts', id, 'text'],
        text: text(fact.text),
        readers: list(fact.knownBy).flatMap((country) => text(country) ?? []),
      })),
      ...entries(this.caseFile.evidence).map(([id, item]) => ({
        path: ['case', 'evidence', id, 'title'],
        text: text(item.title),
        readers: list(item.knownBy).flatMap((country) => text(country) ?? []),
      })),
    ];
    // Lowered once, not once per suspect: a thousand suspects against long texts made that slow.
    const lowered = places.map((place) => place.text?.toLowerCase());
    for (const [id, suspect] of entries(this.caseFile.suspects)) {
      const name = text(suspect.name)?.trim();
      if (!name || name.length < 4) continue;
      const knowers = new Set(list(suspect.identityKnownBy).flatMap((country) => text(country) ?? []));
      const lowerName = name.toLowerCase();
      for (const [index, place] of places.entries()) {
        if (!lowered[index]?.includes(lowerName)) continue;
        const strangers = place.readers.filter((country) => !knowers.has(country));
        if (strangers.length === 0) continue;
        this.problems.push(
          error(
            place.path,
            `the real name of suspect "${id}" ("${name}") appears here, where ${strangers.join(', ')} can read it before identifying the suspect: use the alias, or let evidence reveal the name (reveals.identityOf)`,
          ),
        );
      }
    }
  }

  /** A realtime session should cover the whole scenario in its expected duration. */
  private checkPace(): void {
    const session = record(this.root.session);
    const speed = session.speed;
    const expected = parseDuration(text(session.expectedDuration) ?? '');
    if (
      session.clock !== 'realtime' ||
      typeof speed !== 'number' ||
      expected === undefined ||
      this.end === undefined
    )
      return;
    const covered = speed * expected;
    if (covered >= this.end) return;
    const needed = Math.ceil(this.end / expected);
    this.problems.push(
      warning(
        ['session', 'speed'],
        `at speed ${speed}, ${formatDuration(expected)} of play covers ${formatDuration(covered)} of game time, less than endsAfter (${formatDuration(this.end)}): raise speed to ${needed} or shorten endsAfter`,
      ),
    );
  }
}

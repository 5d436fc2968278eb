import { EN, PSEUDO_LOCALE, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { EN_WITH_RULES } from '@crossborder/i18n/rules';
import {
  CONVENTION_CONDUCT_IDS,
  contentKey,
  OFFENCE_ELEMENT_IDS,
  REQUEST_KIND_IDS,
  REQUEST_KINDS,
  RULE_IDS,
  TREATY_CONTENTS,
} from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { MLA_CONTENTS, text } from '../support.js';
import { start, violations } from './setup.js';

/**
 * The rules' words live in the message catalogue (`rule.<id>.<part>`), their data in the scenario
 * package, which does not depend on the catalogue: this test reads both. The lengths are what the
 * screens have room for: a title in a heading, a summary under every ruling, a teaching note in the
 * debrief.
 */
const LIMITS = { title: [3, 80], summary: [20, 300], teaching: [60, 1500] } as const;
const PARTS = Object.keys(LIMITS) as (keyof typeof LIMITS)[];
const english = EN_WITH_RULES as Readonly<Record<string, string>>;

describe("the rules catalogue's words", () => {
  it('gives every rule a title, summary and teaching note in English, within the lengths the screens allow', () => {
    for (const id of RULE_IDS) {
      for (const part of PARTS) {
        const text = english[`rule.${id}.${part}`];
        const [min, max] = LIMITS[part];
        expect(text, `rule.${id}.${part}`).toBeTypeOf('string');
        expect(text?.length, `rule.${id}.${part}`).toBeGreaterThanOrEqual(min);
        expect(text?.length, `rule.${id}.${part}`).toBeLessThanOrEqual(max);
      }
      expect(english[`rule.${id}.teaching`]?.length, id).toBeGreaterThan(
        english[`rule.${id}.summary`]?.length ?? 0,
      );
    }
  });

  it('has no words for a rule the catalogue does not have', () => {
    const known = new Set(RULE_IDS.flatMap((id) => PARTS.map((part) => `rule.${id}.${part}`)));
    for (const key of Object.keys(EN_WITH_RULES).filter((key) => key.startsWith('rule.')))
      expect(known).toContain(key);
  });

  it("holds every translation's titles to the same room (a translation may run longer, by at most half)", () => {
    for (const [tag, catalogue] of Object.entries(LOCALES)) {
      if (tag === PSEUDO_LOCALE) continue;
      for (const id of RULE_IDS) {
        const title = catalogue[`rule.${id}.title`];
        if (title !== undefined) expect(title.length, `${tag} rule.${id}.title`).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe('the words the engine says by id', () => {
  it('has a name in the catalogue for every request kind, content item, convention offence and optional element', () => {
    const keys = [
      ...REQUEST_KIND_IDS.map((kind) => `kind.${kind}`),
      ...REQUEST_KIND_IDS.flatMap((kind) => REQUEST_KINDS[kind].contents.map(contentKey)),
      ...TREATY_CONTENTS.map(contentKey),
      ...CONVENTION_CONDUCT_IDS.map((conduct) => `conduct.${conduct}`),
      ...OFFENCE_ELEMENT_IDS.map((element) => `element.${element}`),
    ];
    expect(keys.filter((key) => !Object.hasOwn(EN_WITH_RULES, key))).toEqual([]);
  });

  it('words one item two ways where two kinds of request ask it differently', () => {
    const police = REQUEST_KINDS['police-cooperation'].contents.find(
      (item) => item.id === 'assistance-sought',
    );
    const mla = REQUEST_KINDS.mla.contents.find((item) => item.id === 'assistance-sought');
    expect(police && english[contentKey(police)]).toBe('The information or help sought');
    expect(mla && english[contentKey(mla)]).toBe('The assistance sought and any procedure to follow');
  });
});

describe('what the engine records, by id, for the catalogue to say', () => {
  it('names a missing item of a request by its id, which every language says in its words', () => {
    const { play, request } = start();
    const contents: Record<string, string> = { ...MLA_CONTENTS };
    delete contents['summary-of-facts'];
    const [recorded] = violations(play.do('aldoria', request({ contents })));
    expect(recorded?.line.params.item).toBe('summary-of-facts');
    expect(recorded && text(recorded)).toContain('“A summary of the relevant facts”');
    const french = { 'contents.summary-of-facts': 'Un résumé des faits pertinents' };
    expect(recorded && translate(french, EN, recorded.line.key, recorded.line.params, 'fr')).toContain(
      'Un résumé des faits pertinents',
    );
  });

  it('names a request kind by its id in a ruling, said as the catalogue names the kind', () => {
    const { play, request } = start();
    const rejection = play.rejected('aldoria', request({ channel: '24-7-network' }));
    expect(rejection.params.kind).toBe('stored-data');
    expect(text(rejection)).toContain(english['kind.stored-data']);
  });
});

import { REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import type { CountryView } from '../view/types.js';

/**
 * The wording a bot puts in its requests: complete, plain, and honest about being generated.
 * Every item of every kind (`REQUEST_KINDS[kind].contents`) and every item a treaty may add
 * (`TREATY_CONTENTS`) is covered, so bots never send a non-conforming request
 * (test/request-kinds.test.ts and test/rules/treaties.test.ts check it).
 */
export function requestContents(
  view: CountryView,
  kind: RequestKind,
  offence: string,
  about: string,
): Record<string, string> {
  const me = view.briefing.directory[view.viewer];
  const authority = me?.centralAuthority.name ?? view.viewer;
  const offenceText = view.briefing.offences[offence]?.description ?? offence;
  const facts = Object.values(view.facts)
    .map((fact) => fact.text)
    .slice(0, 3)
    .join(' ');
  const summary = `${offenceText} ${facts}`.trim();
  if (REQUEST_KINDS[kind].regime === 'preservation') {
    return {
      authority: `${authority}, investigating the case`,
      'offence-and-facts': summary,
      'data-and-link': `${about}, which records the conduct under investigation.`,
      'custodian-or-location': `The provider holding ${about}, on your territory.`,
      necessity: 'The provider deletes this data after its retention period; it may be lost within days.',
      'intent-to-request-mla': 'A request for disclosure of the preserved data will follow promptly.',
    };
  }
  return {
    'requesting-authority': authority,
    'nature-of-case': `A criminal investigation into ${offenceText.toLowerCase()} conducted by ${authority}.`,
    'summary-of-facts': summary,
    'assistance-sought': `We ask for ${about}, with a certificate of authenticity.`,
    'persons-concerned': 'The suspects named in our case file, as far as they are known.',
    purpose: 'To identify the offenders, prove the offence and bring them to justice.',
    period: 'For thirty days from execution, the time needed to identify the offenders.',
    property: `${about}, the proceeds of the offence described above.`,
    'why-not-in-person':
      'The person is abroad and cannot be compelled to travel; a hearing by video conference avoids the delay and cost of the journey.',
    'applicable-law': `The offence is punishable under the law of ${me?.shortName ?? me?.name ?? view.viewer}; the text of the provisions that define it and set its penalty is attached.`,
    'transfer-terms':
      'The person is needed in person to identify the suspects and give evidence at a hearing. We will keep the person in custody throughout and return them to you within fourteen days, without extradition proceedings; the time counts toward their sentence.',
  };
}

export const REASONS = {
  deadline:
    'The data is volatile and the suspects are still active; each day risks losing evidence and proceeds.',
  national:
    'Our constitution forbids the extradition of our nationals; we will submit the case to our prosecutors on request.',
  dualCriminality: 'The conduct described is not an offence under any provision of our law.',
  dataProtection: 'Our data-protection law forbids transferring personal data to the requesting State.',
  conditionsDeclined:
    'Our data-protection law allows this transfer only on the conditions we offered, which were declined.',
  dataProtectionConditions:
    'The personal data is used only for this investigation and the proceedings that follow, kept no longer than they need, and passed to no third State without our prior authorisation.',
  confidentiality:
    'Our law makes providers tell account holders of disclosures: we cannot keep this request confidential.',
  noPower: 'Our law does not provide this measure even in a similar domestic case.',
  absent: 'The person sought is not on our territory.',
  consult:
    'Before we decide, we would like to discuss whether this request can be met, possibly on conditions.',
  parallel:
    'We are both proceeding on the same conduct; let us coordinate our investigations and prosecutions.',
  prosecute: "Submitted for prosecution as for a grave domestic offence, at the requesting State's request.",
  prosecuteOwn:
    'The evidence we hold shows the person took part in the offence; we prosecute under our own law.',
  jurisdiction: 'Our jurisdiction rests on the bases stated, on the facts in our case file.',
  request:
    'What we need is held on the requested State’s territory and only its authorities can obtain it lawfully; we ask under the rules that bind us both.',
  extradite:
    'The offence is extraditable under the law of both States, the person is here and no ground of refusal applies: we grant the surrender.',
  transfer:
    'Proceedings are concentrated where the suspect is and most evidence lies, for the proper administration of justice.',
  team: 'A joint investigation team lets us share evidence directly and coordinate the action day.',
  actionDay:
    'Each of us arrests, searches and seizes on its own territory at the same hour, so that no suspect is warned by another member’s move.',
  progress: 'The request is being executed; we expect to deliver the results shortly.',
  reply: 'We understand your position and have nothing to add that would change it; we accept your decision.',
} as const;

import { cite } from '../cite.js';

const contents = cite.model('42', 'BC 29(2)');

/** International expedited preservation and the chain of providers (Arts 26, 42, 43). */
export const PRESERVATION_RULES = [
  {
    id: 'preservation.contents.authority',
    title: 'Preservation request: the authority seeking it',
    citations: [contents],
    effect: 'rejection',
    summary: 'A preservation request must name the authority that seeks the preservation.',
    teaching:
      'The requested State must know who is asking so that it can check authenticity and send the follow-up. Name the investigating or prosecuting authority, not only your country.',
  },
  {
    id: 'preservation.contents.offence-and-facts',
    title: 'Preservation request: offence and brief facts',
    citations: [contents],
    effect: 'rejection',
    summary:
      'A preservation request must state the offence under investigation and a brief summary of the facts.',
    teaching:
      'A few sentences suffice, but they must show which offence is investigated and why. The requested State uses them to check that the convention applies and that the request is not abusive.',
  },
  {
    id: 'preservation.contents.data-and-link',
    title: 'Preservation request: the data and its link to the offence',
    citations: [contents],
    effect: 'rejection',
    summary: 'A preservation request must specify the data to preserve and how it relates to the offence.',
    teaching:
      "Specify the account, address, time window or object. 'All data about the suspect' is not specific enough for a provider to act on, and over-broad requests raise data-protection concerns.",
  },
  {
    id: 'preservation.contents.custodian-or-location',
    title: 'Preservation request: custodian or location',
    citations: [contents],
    effect: 'rejection',
    summary:
      'A preservation request must give what is known of the custodian of the data or the location of the system.',
    teaching:
      'Name the provider and anything that locates the data. The requested State has to find the custodian fast; the less it has to search, the more likely the data is still there.',
  },
  {
    id: 'preservation.contents.necessity',
    title: 'Preservation request: necessity',
    citations: [contents],
    effect: 'rejection',
    summary:
      'A preservation request must explain why preservation is necessary, for example a short retention period.',
    teaching:
      'Say why the data is at risk: the provider deletes logs after 30 days, the suspect may delete the account. Necessity justifies the urgency and the interference with the provider.',
  },
  {
    id: 'preservation.contents.intent-to-request-mla',
    title: 'Preservation request: intent to send an MLA request',
    citations: [contents],
    effect: 'rejection',
    summary:
      'A preservation request must state that you intend to follow up with a mutual legal assistance request for the data.',
    teaching:
      'Preservation is a bridge to an MLA request for search, seizure or disclosure (Art. 44). Committing to the follow-up is what lets the requested State freeze data without yet handing it over.',
  },
  {
    id: 'preservation.no-dual-criminality',
    title: 'No dual criminality for preservation',
    citations: [cite.model('42', 'BC 29(3)-(4)')],
    effect: 'rejection',
    summary:
      'Preservation may not be refused for lack of dual criminality, except by a State with that reservation for a non-convention offence.',
    teaching:
      'Preserving data hands nothing over, so dual criminality is not a condition. A State that requires it for the later disclosure may reserve the right to refuse preservation only for offences outside the convention list, when it believes dual criminality will fail at disclosure.',
  },
  {
    id: 'preservation.refusal-grounds',
    title: 'Preservation is refused only on narrow grounds',
    citations: [cite.model('42', 'BC 29(5)')],
    effect: 'rejection',
    summary:
      'A preservation request may be refused only on narrow grounds: prejudice to sovereignty, security, ordre public or other essential interests, or a discriminatory purpose.',
    teaching:
      'Because preservation is fast and hands nothing over, the grounds to refuse it are narrower than for MLA. The model (BC 29(5)) allows only a political offence or prejudice to sovereignty, security, ordre public or other essential interests; the digest recalls that the convention refers instead to some grounds of Art. 40 and its non-discrimination clause. The game accepts essential interests, a discriminatory purpose, and a domestic-law bar where the law truly lacks the power; not "contrary to the legal system relating to mutual legal assistance", which no source gives for preservation. Incompleteness is answered by asking for more information, not by refusing.',
  },
  {
    id: 'preservation.minimum-60-days',
    title: 'Preserved for at least 60 days',
    citations: [cite.model('42', 'BC 29(7)')],
    effect: 'mechanic',
    summary:
      "Data preserved at another State's request stays preserved for at least 60 days so that the MLA request can follow.",
    teaching:
      'The requesting State has at least 60 days to send its MLA request for the data. Use them: a preservation that lapses without a follow-up leaves the data to be deleted.',
  },
  {
    id: 'preservation.held-pending-mla',
    title: 'Kept until the MLA request is decided',
    citations: [cite.model('42', 'BC 29(7)')],
    effect: 'mechanic',
    summary:
      'Once the follow-up MLA request arrives, preserved data stays preserved until that request is decided.',
    teaching:
      'When the MLA request for the preserved data is received, the preservation no longer runs out: the data is kept until the requested State decides. Sending the follow-up in time is what secures the evidence.',
  },
  {
    id: 'preservation.warning-duty',
    title: 'Warn when preservation will not work',
    citations: [cite.model('42', 'BC 29(6)')],
    effect: 'violation',
    penalty: 2,
    summary:
      'If preserving would not secure the data, or would tip off the suspect, the requested State must promptly say so.',
    teaching:
      'The requested State knows its providers: one may notify customers, another may have deleted the data already. It must warn the requesting State, which then decides whether preservation should still go ahead.',
  },
  {
    id: 'preservation.chain-hop',
    title: 'Preserving traffic data reveals the next provider',
    citations: [cite.model('43', 'BC 30'), cite.model('26', 'BC 17')],
    effect: 'mechanic',
    summary:
      'Preserving traffic data reveals the next provider in the chain and its country, so the trail can be followed.',
    teaching:
      'A communication often crosses several providers. When a State preserving traffic data finds that a provider in another State carried it, it must expeditiously disclose enough traffic data to identify that provider and the path. Send the next preservation request to that State at once: its data is as volatile as the first.',
  },
] as const;

import type { Params } from '@crossborder/i18n';
import {
  type Channel,
  type Country,
  REQUEST_KINDS,
  type RequestKind,
  type RuleId,
  type Treaty,
} from '@crossborder/scenario';
import type { MessageKey } from '../model/decision.js';
import type { CountryId } from '../model/ids.js';
import { displayName } from './display-name.js';

/**
 * The form of a request: its channel, language and urgency against the requested State's public
 * directory entry (Arts 40, 41). Pure and public, so that the browser's request composer checks
 * a draft as the team types with exactly the rules the engine applies when it is sent.
 */
export interface RequestForm {
  kind: RequestKind;
  to: CountryId;
  channel: Channel;
  language: string;
  emergency?: boolean | undefined;
  urgent?: boolean | undefined;
  oral?: boolean | undefined;
}

export interface FormProblem {
  ruleId: RuleId;
  code: MessageKey;
  params: Params;
}

export type Desk = Pick<Country, 'name' | 'shortName' | 'centralAuthority' | 'contact247'>;

/** Which desk of the requested State reads the request, and so which languages it accepts. */
export function deskLanguages(country: Desk | undefined, channel: Channel): readonly string[] {
  if (!country) return [];
  return channel === '24-7-network' || channel === 'police'
    ? country.contact247.languages
    : country.centralAuthority.languages;
}

/**
 * Everything wrong with a request's form, in the order the engine checks it. A request that a
 * treaty governs (`underTreaty`) takes the channels the treaty designates, when it designates
 * some, in place of the convention's and of the requested State's requirement of the diplomatic
 * channel (model UNTOC 18(7), 16(7)); an emergency still reaches the 24/7 network (Art. 41).
 */
export function formProblems(
  countries: Readonly<Record<CountryId, Desk>>,
  form: RequestForm,
  emergencyDeclared: boolean,
  underTreaty?: Pick<Treaty, 'name' | 'channels'>,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const requested = countries[form.to];
  const to = displayName(countries, form.to);
  const kind = REQUEST_KINDS[form.kind];
  // In an emergency, some kinds may take a further channel: stored data the 24/7 network (Art. 41).
  const emergencyPath = form.emergency === true && form.channel === kind.emergencyChannel;
  if (form.emergency === true && !emergencyDeclared)
    problems.push({ ruleId: 'channel.24-7.emergency', code: 'request.no-emergency', params: {} });
  const treatyChannels: readonly Channel[] | undefined = underTreaty?.channels;
  if (underTreaty && treatyChannels) {
    if (!treatyChannels.includes(form.channel) && !emergencyPath) {
      problems.push({
        ruleId: 'treaty.channel',
        code: 'request.treaty-channel',
        params: { treaty: underTreaty.name, channels: treatyChannels },
      });
    }
  } else if (!kind.channels.includes(form.channel) && !emergencyPath) {
    problems.push(
      form.channel === '24-7-network'
        ? { ruleId: 'channel.24-7.scope', code: 'request.not-for-24-7', params: { kind: form.kind } }
        : {
            ruleId: 'channel.competent',
            code: 'request.wrong-channel',
            params: { kind: form.kind, channels: kind.channels },
          },
    );
  }
  if (
    !treatyChannels &&
    requested?.centralAuthority.diplomaticChannelRequired &&
    form.channel === 'central-authority' &&
    kind.mla
  ) {
    problems.push({
      ruleId: 'channel.diplomatic-required',
      code: 'request.diplomatic-required',
      params: { to },
    });
  }
  const languages = deskLanguages(requested, form.channel);
  if (!languages.includes(form.language)) {
    problems.push({
      ruleId: 'mla.form.language',
      code: 'request.language',
      params: { language: form.language, to, languages },
    });
  }
  if (form.oral === true && form.urgent !== true)
    problems.push({ ruleId: 'mla.form.urgent-oral', code: 'request.oral-not-urgent', params: {} });
  return problems;
}

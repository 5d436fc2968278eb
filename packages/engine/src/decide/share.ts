import { COORDINATION_BODY } from '@crossborder/scenario';
import { holdsPersonalData } from '../law/legal.js';
import type { CommandOf } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { State } from '../model/state.js';
import { learnFact, revealsOf, type Told, untold } from './reveal.js';
import { event, Ids, isCountry, violation } from './tools.js';

/**
 * Spontaneous information (Art. 40, model UNTOC 18(4)-(5); Art. 51): a country shares facts it
 * knows and evidence it holds, optionally on conditions. Passing on personal data that another
 * State provided needs that State's authorisation (Art. 36): doing it anyway is recorded.
 */
export function shareInformation(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'shareInformation'>,
  now: GameTime,
): Decision {
  // Through the coordination body: it relays to every other member (its members only).
  const body = ctx.scenario.case.coordinationBody;
  let recipients: CountryId[] = [command.to];
  if (command.to === COORDINATION_BODY) {
    if (!body) return invalid('share.no-body', {});
    if (!body.members.includes(actor)) return invalid('share.not-member', { body: body.name });
    recipients = body.members.filter((member) => member !== actor);
  } else if (!isCountry(ctx, command.to) || command.to === actor) {
    return invalid('unknown.country', { country: command.to });
  }
  const suspects = [...new Set(command.suspects ?? [])];
  if (command.facts.length === 0 && command.evidence.length === 0 && suspects.length === 0)
    return invalid('share.nothing', {});
  for (const fact of command.facts) {
    if (!state.facts[fact]?.knownBy[actor]) return invalid('unknown.fact', { fact });
  }
  for (const evidence of command.evidence) {
    if (!state.evidence[evidence]?.obtainedBy[actor]) return invalid('unknown.evidence', { evidence });
  }
  for (const suspect of suspects) {
    const known = state.suspects[suspect];
    if (!known || (!known.identityKnownBy[actor] && !known.locationKnownBy[actor]))
      return invalid('unknown.suspect', { suspect });
  }
  const ids = new Ids(state);
  const events: Event[] = [];
  for (const to of recipients)
    events.push(...shareWith(ctx, state, ids, actor, to, { ...command, suspects }, now));
  return accept(events);
}

/** What the country `recipient` is told: the share, the suspects, the facts and the evidence. */
function shareWith(
  ctx: Ctx,
  state: State,
  ids: Ids,
  actor: CountryId,
  recipient: CountryId,
  command: CommandOf<'shareInformation'> & { suspects: string[] },
  now: GameTime,
): Event[] {
  const suspects = command.suspects;
  const to = [recipient];
  const source = { kind: 'shared', from: actor } as const;
  const events: Event[] = [
    event('InformationShared', now, [actor, recipient], {
      shareId: ids.take('share'),
      share: {
        from: actor,
        to: recipient,
        at: now,
        facts: [...new Set(command.facts)],
        evidence: [...new Set(command.evidence)],
        suspects,
        conditions: command.conditions,
      },
    }),
  ];
  // What we know of a suspect (Art. 47: identity, whereabouts), as we know it.
  const told: Told = new Set();
  for (const suspectId of suspects) {
    const known = state.suspects[suspectId];
    if (
      known?.identityKnownBy[actor] &&
      !known.identityKnownBy[recipient] &&
      untold(told, `identity:${suspectId}`)
    ) {
      events.push(event('SuspectIdentified', now, to, { suspectId, country: recipient, source }));
    }
    const where = known?.locationKnownBy[actor];
    if (
      where &&
      known?.locationKnownBy[recipient]?.location !== where.location &&
      untold(told, `location:${suspectId}`)
    ) {
      events.push(
        event('SuspectLocated', now, to, {
          suspectId,
          country: recipient,
          location: where.location,
          source,
        }),
      );
    }
  }
  for (const factId of new Set(command.facts))
    events.push(...learnFact(ctx, state, factId, recipient, now, source, told));
  for (const evidenceId of new Set(command.evidence)) {
    const copy = state.evidence[evidenceId]?.obtainedBy[actor];
    if (!copy || state.evidence[evidenceId]?.obtainedBy[recipient]) continue;
    const provider =
      copy.via.kind === 'shared'
        ? copy.via.from
        : copy.via.kind === 'request'
          ? state.requests[copy.via.request]?.to
          : undefined;
    if (copy.conditions.length > 0) {
      events.push(
        ...violation(
          ctx,
          ids,
          'mla.conditions-bind',
          actor,
          now,
          'violation.conditions-bind',
          { evidence: evidenceId },
          {
            evidence: evidenceId,
          },
        ),
      );
    }
    if (provider && provider !== recipient && holdsPersonalData(ctx.scenario, evidenceId)) {
      events.push(
        ...violation(
          ctx,
          ids,
          'data-protection.onward-transfer',
          actor,
          now,
          'violation.onward-transfer',
          { evidence: evidenceId },
          {
            evidence: evidenceId,
          },
        ),
      );
    }
    events.push(
      event('EvidenceObtained', now, to, {
        evidenceId,
        country: recipient,
        copy: {
          at: now,
          via: { kind: 'shared', from: actor },
          forCase: null,
          conditions: [...command.conditions],
          tainted: copy.tainted,
        },
      }),
      ...revealsOf(ctx, state, evidenceId, recipient, now, told),
    );
  }
  return events;
}

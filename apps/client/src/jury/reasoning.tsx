import type { JurorRequest, JurorView } from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { kindName, t, tDynamic } from '../i18n.js';
import { dayTime } from '../time.js';

/** One decision a team argued in writing, as a juror reads it: what, when, and the team's words. */
export interface Argued {
  id: string;
  country: string;
  at: number;
  what: string;
  text: string;
}

type Directory = JurorView['briefing']['directory'];
const nameIn = (directory: Directory, id: string) => directory[id]?.shortName ?? directory[id]?.name ?? '';

/**
 * Every decision that carries written reasoning, by the country that took it, in the order taken:
 * jurisdiction claims, requests sent, refusals, postponements, extraditions granted, prosecutions.
 * What each says is the team's own text; what it is about is said in words (names, not ids).
 */
export function arguedDecisions(view: JurorView): Argued[] {
  const { directory, offences } = view.briefing;
  const argued: Argued[] = [];
  for (const [id, claim] of Object.entries(view.claims)) {
    if (!claim.reasoning) continue;
    argued.push({
      id,
      country: claim.country,
      at: claim.at,
      what: t('ui.jury.claim', {
        offence: offences[claim.offence]?.description ?? '',
        bases: claim.bases.map((basis) => tDynamic(`basis.${basis}`, {}, basis)).join('; '),
      }),
      text: claim.reasoning,
    });
  }
  for (const request of Object.values(view.requests)) argued.push(...onRequest(request, directory));
  for (const [id, prosecution] of Object.entries(view.prosecutions)) {
    if (!prosecution.reasoning) continue;
    argued.push({
      id,
      country: prosecution.country,
      at: prosecution.at,
      what: t('ui.jury.prosecution'),
      text: prosecution.reasoning,
    });
  }
  return argued.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

function onRequest(request: JurorRequest, directory: Directory): Argued[] {
  const kind = kindName(request.kind);
  const to = nameIn(directory, request.to);
  const from = nameIn(directory, request.from);
  const argued: Argued[] = [];
  if (request.reasoning)
    argued.push({
      id: `${request.id}:sent`,
      country: request.from,
      at: request.sentAt,
      what: t('ui.jury.request', { kind, to }),
      text: request.reasoning,
    });
  if (request.refusal)
    argued.push({
      id: `${request.id}:refused`,
      country: request.to,
      at: request.statusAt,
      what: t('ui.jury.refusal', {
        kind,
        from,
        ground: tDynamic(`ground.${request.refusal.ground}`, {}, request.refusal.ground),
      }),
      text: request.refusal.reasons,
    });
  if (request.postponement)
    argued.push({
      id: `${request.id}:postponed`,
      country: request.to,
      at: request.statusAt,
      what: t('ui.jury.postponement', { kind, from }),
      text: request.postponement.reasons,
    });
  if (request.executionReasoning)
    argued.push({
      id: `${request.id}:granted`,
      country: request.to,
      at: request.statusAt,
      what: t('ui.jury.granted', { kind, from }),
      text: request.executionReasoning,
    });
  return argued;
}

/** The written reasoning, a section per country: what the jury scores. */
export function ReasoningByCountry({ view }: { view: ReadonlySignal<JurorView> }) {
  const argued = useComputed(() => arguedDecisions(view.value));
  const directory = useComputed(() => view.value.briefing.directory);
  return (
    <section class="card jury-reasoning" aria-labelledby="reasoning-title">
      <h2 id="reasoning-title">{t('ui.jury.reasoning')}</h2>
      <p class="hint">{t('ui.jury.reasoning-hint')}</p>
      {Object.keys(directory.value).map((country) => {
        const own = argued.value.filter((entry) => entry.country === country);
        const name = nameIn(directory.value, country);
        return (
          <section key={country} aria-label={name} data-country={country}>
            <h3>{name}</h3>
            {own.length === 0 ? (
              <p class="hint">{t('ui.jury.none-yet')}</p>
            ) : (
              <ul class="argued">
                {own.map((entry) => (
                  <li key={entry.id}>
                    <p>
                      <strong>{entry.what}</strong> {dayTime(entry.at)}
                    </p>
                    <blockquote>{entry.text}</blockquote>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

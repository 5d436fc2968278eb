import type { CountryView, PlanView } from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { t, tDynamic } from '../i18n.js';
import { dayTime } from '../time.js';
import { nameIn } from './context.js';

/**
 * "Agreements the case calls for" (case.agreements): the agreements this country is expected to
 * sign, each with its kind, members by name, and where it stands, in words beside a symbol: not
 * yet called for, called for (and who is to propose it), or signed and when. Nothing when the
 * case calls for none of this country's.
 */
export function Plans({ view }: { view: ReadonlySignal<CountryView> }) {
  const plans = useComputed(() => view.value.plans);
  const directory = useComputed(() => view.value.briefing.directory);
  const viewer = useComputed(() => view.value.viewer);
  const all = Object.entries(plans.value);
  if (all.length === 0) return null;
  const name = (id: string) => nameIn(directory.value, id);
  return (
    <section class="plans" aria-labelledby="plans-title">
      <h3 id="plans-title">{t('ui.plans.title')}</h3>
      <p class="hint">{t('ui.plans.hint')}</p>
      <ul>
        {all.map(([id, plan]) => (
          <li key={id} data-plan={id}>
            {t('ui.plans.line', {
              title: plan.title,
              kind: tDynamic(`agreement.${plan.kind}`, {}, plan.kind),
              members: plan.members.map(name).join(', '),
            })}
            {' — '}
            <span class="plan-state">{stateOf(plan, viewer.value, name)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function stateOf(plan: PlanView, viewer: string, name: (id: string) => string): string {
  if (plan.signedAt !== null) return `✔ ${t('ui.plans.signed', { when: dayTime(plan.signedAt) })}`;
  if (!plan.calledFor) return `○ ${t('ui.plans.waiting')}`;
  return plan.proposedBy === viewer
    ? `→ ${t('ui.plans.yours')}`
    : `→ ${t('ui.plans.theirs', { country: name(plan.proposedBy) })}`;
}

import type { Signal } from '@preact/signals';
import { t } from '../i18n.js';
import { Checkboxes, type Choice } from '../ui/forms.js';
import { Radios } from '../ui/radios.js';

/**
 * Who hears it: every team, or the countries ticked. One definition for the live inject's
 * audience and the message's recipients. `countries` are the scenario's, by name.
 */
export function AudienceFields({
  form,
  legend,
  mode,
  chosen,
  countries,
}: {
  form: string;
  legend: string;
  mode: Signal<string>;
  chosen: Signal<readonly string[]>;
  countries: readonly Choice[];
}) {
  return (
    <Radios
      form={form}
      name="audience"
      legend={legend}
      value={mode}
      choices={[
        { value: 'all', label: t('ui.live.audience-all') },
        { value: 'chosen', label: t('ui.live.audience-chosen') },
      ]}
    >
      {mode.value === 'chosen' ? (
        <Checkboxes
          form={form}
          name="countries"
          legend={t('ui.live.countries')}
          choices={countries}
          value={chosen}
        />
      ) : null}
    </Radios>
  );
}

/** The audience as a command takes it, or null when "chosen" has nobody ticked. */
export function audienceOf(mode: string, chosen: readonly string[]): 'all' | string[] | null {
  if (mode !== 'chosen') return 'all';
  return chosen.length > 0 ? [...chosen] : null;
}

import type { Command } from '@crossborder/engine';
import type { Effect } from '@crossborder/scenario';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t } from '../i18n.js';
import { dayTime } from '../time.js';
import {
  ActionForm,
  type Answer,
  Checkbox,
  type Choice,
  Forms,
  type Problem,
  SelectField,
  TextField,
} from '../ui/forms.js';
import { Radios } from '../ui/radios.js';
import { AudienceFields, audienceOf } from './choice-fields.js';
import type { ViewSignal } from './context.js';
import { SpanFields, spanMinutes, useSpanDraft } from './span-fields.js';

const FORM = 'write-inject';

interface LiveInjectProps {
  view: ViewSignal;
  minutes: ReadonlySignal<number>;
  now: () => number;
  send: (command: Command) => Promise<Answer>;
  /** The console's drafts and answers (a new set when not given). */
  forms?: Forms;
}

/** A long fact as a choice: its first words. */
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
const choices = (names: Record<string, string>): Choice[] =>
  Object.entries(names).map(([value, label]) => ({ value, label: short(label) }));

/**
 * Write a new inject live: title, message, audience (every team or the countries ticked), when
 * (now, or so long from now, as the clock is advanced), and the effects a scenario's inject may
 * have, each chosen by name. It goes to the engine as `writeInject`, checked there by the scenario
 * format's own inject schema; the ruling shows under the form. Once sent it is on the timeline.
 */
export function WriteInject({ view, minutes, now, send, forms: given }: LiveInjectProps) {
  const forms = useMemo(() => given ?? new Forms(), [given]);
  const names = useComputed(() => view.value.names);
  const directory = useComputed(() => view.value.briefing.directory);
  const countries = useComputed(() =>
    Object.entries(directory.value).map(([value, country]) => ({ value, label: country.name })),
  );
  const title = forms.text(FORM, 'title');
  const message = forms.text(FORM, 'message');
  const mode = forms.text(FORM, 'audience', 'all');
  const chosen = forms.list(FORM, 'countries');
  const timing = forms.text(FORM, 'when', 'now');
  const fact = forms.text(FORM, 'revealFact');
  const shown = forms.text(FORM, 'revealEvidence');
  const deleted = forms.text(FORM, 'deleteEvidence');
  const suspect = forms.text(FORM, 'suspect');
  const suspectTo = forms.text(FORM, 'suspectTo');
  const asset = forms.text(FORM, 'asset');
  const assetTo = forms.text(FORM, 'assetTo');
  const emergency = forms.flag(FORM, 'emergency');
  const later = useSpanDraft(60);
  const readout = useComputed(() => {
    const span = spanMinutes(later);
    return span === null
      ? t('ui.span.invalid')
      : t('ui.span.fires-at', { when: dayTime(minutes.value + span) });
  });

  const command = (): Command | Problem => {
    if (!title.value.trim()) return { problem: t('ui.live.need-title'), field: 'title' };
    if (!message.value.trim()) return { problem: t('ui.live.need-message'), field: 'message' };
    const audience = audienceOf(mode.value, chosen.value);
    if (audience === null) return { problem: t('ui.live.need-countries'), field: 'audience' };
    if ((suspect.value && !suspectTo.value) || (asset.value && !assetTo.value))
      return {
        problem: t('ui.live.need-destination'),
        field: suspect.value && !suspectTo.value ? 'suspectTo' : 'assetTo',
      };
    const effects: Effect[] = [];
    if (fact.value) effects.push({ revealFact: fact.value });
    if (shown.value) effects.push({ revealEvidence: shown.value });
    if (deleted.value) effects.push({ deleteEvidence: deleted.value });
    if (suspect.value) effects.push({ moveSuspect: { suspect: suspect.value, to: suspectTo.value } });
    if (asset.value) effects.push({ moveAsset: { asset: asset.value, to: assetTo.value } });
    if (emergency.value) effects.push({ declareEmergency: true });
    const inject = { title: title.value, message: message.value, audience, effects };
    if (timing.value === 'now') return { type: 'writeInject', inject };
    const span = spanMinutes(later);
    if (span === null) return { problem: t('ui.span.invalid'), field: 'days' };
    return { type: 'writeInject', inject, at: Math.round(now() + span) };
  };

  const evidence = choices(names.value.evidence);
  return (
    <section class="card live-inject" aria-labelledby="live-inject-title">
      <h2 id="live-inject-title">{t('ui.live.title')}</h2>
      <ActionForm
        forms={forms}
        formId={FORM}
        title={t('ui.live.form-title')}
        submit={t('ui.live.submit')}
        description={t('ui.live.hint')}
        command={command}
        send={send}
      >
        <TextField
          form={FORM}
          name="title"
          label={t('ui.live.inject-title')}
          hint={t('ui.live.inject-title-hint')}
          required
          value={title}
        />
        <TextField
          form={FORM}
          name="message"
          label={t('ui.live.message')}
          required
          multiline
          value={message}
        />
        <AudienceFields
          form={FORM}
          legend={t('ui.live.audience')}
          mode={mode}
          chosen={chosen}
          countries={countries.value}
        />
        <Radios
          form={FORM}
          name="when"
          legend={t('ui.live.when')}
          value={timing}
          choices={[
            { value: 'now', label: t('ui.live.when-now') },
            { value: 'later', label: t('ui.live.when-later') },
          ]}
        >
          {timing.value === 'later' ? (
            <SpanFields id={`${FORM}--in`} legend={t('ui.live.fire-in')} draft={later} readout={readout} />
          ) : null}
        </Radios>
        <fieldset class="effects">
          <legend>{t('ui.live.effects')}</legend>
          <p class="hint">{t('ui.live.effects-hint')}</p>
          <SelectField
            form={FORM}
            name="revealFact"
            label={t('ui.live.reveal-fact')}
            choices={choices(names.value.facts)}
            value={fact}
          />
          <SelectField
            form={FORM}
            name="revealEvidence"
            label={t('ui.live.reveal-evidence')}
            choices={evidence}
            value={shown}
          />
          <SelectField
            form={FORM}
            name="deleteEvidence"
            label={t('ui.live.delete-evidence')}
            choices={evidence}
            value={deleted}
          />
          <SelectField
            form={FORM}
            name="suspect"
            label={t('ui.live.move-suspect')}
            choices={choices(names.value.suspects)}
            value={suspect}
          />
          {suspect.value ? (
            <SelectField
              form={FORM}
              name="suspectTo"
              label={t('ui.live.move-suspect-to')}
              choices={countries.value}
              value={suspectTo}
            />
          ) : null}
          {Object.keys(names.value.assets).length > 0 ? (
            <SelectField
              form={FORM}
              name="asset"
              label={t('ui.live.move-asset')}
              choices={choices(names.value.assets)}
              value={asset}
            />
          ) : null}
          {asset.value ? (
            <SelectField
              form={FORM}
              name="assetTo"
              label={t('ui.live.move-asset-to')}
              choices={choices(names.value.providers)}
              value={assetTo}
            />
          ) : null}
          <Checkbox form={FORM} name="emergency" label={t('ui.live.emergency')} value={emergency} />
        </fieldset>
      </ActionForm>
    </section>
  );
}

import type { CountryView } from '@crossborder/engine';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { t } from '../i18n.js';
import { dayTime, localTime } from '../time.js';
import { DayTimeFields, dayTimeMinutes } from '../ui/day-time-fields.js';
import { fieldId } from '../ui/forms.js';
import { Radios } from '../ui/radios.js';
import { nameIn } from './context.js';

/**
 * The action day on the team screen: the common action time an action-day agreement sets (Art. 5:
 * each member acts on its own territory, at the same hour), and a measure held until a time (the
 * engine's `takeMeasure.executeAt`): authorised now, carried out then.
 */

type Agreements = CountryView['agreements'];
type Directory = CountryView['briefing']['directory'];

interface AgreedActionDay {
  agreementId: string;
  at: number;
  /** The other members, by name. */
  with: string[];
}

/** The concluded action days this country is a member of whose common time is still ahead, soonest first. */
function actionDaysAhead(
  view: { agreements: Agreements; viewer: string; briefing: { directory: Directory } },
  now: number,
): AgreedActionDay[] {
  const found: AgreedActionDay[] = [];
  for (const agreement of Object.values(view.agreements)) {
    const at = agreement.terms.actionAt;
    if (agreement.kind !== 'action-day' || agreement.concludedAt === null || at === undefined) continue;
    if (at <= now || !agreement.terms.members.includes(view.viewer)) continue;
    const others = agreement.terms.members.filter((member) => member !== view.viewer);
    found.push({
      agreementId: agreement.id,
      at,
      with: others.map((member) => nameIn(view.briefing.directory, member)),
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "Day 11, 20:00 is Sat 16 Mar 04:00, your local time.", or nothing while the fields name no time. */
function localReadout(view: LocalView, minutes: number | null): string | undefined {
  if (minutes === null) return undefined;
  const offset = view.briefing.directory[view.viewer]?.utcOffset ?? '+00:00';
  return t('ui.field.day-time.local', {
    when: dayTime(minutes),
    local: localTime(view.briefing.startsAt, minutes, offset),
  });
}

type LocalView = { viewer: string; briefing: { startsAt: string; directory: Directory } };

interface TimeDraft {
  day: Signal<string>;
  time: Signal<string>;
}

/** A game time typed in a form, its fields named `<name>Day` and `<name>Time`. */
function TimeFields({
  form,
  name,
  legend,
  hint,
  draft,
  view,
}: {
  form: string;
  name: string;
  legend: string;
  hint?: string;
  draft: TimeDraft;
  view: LocalView;
}) {
  const minutes = dayTimeMinutes(draft.day.value, draft.time.value);
  const readout = localReadout(view, minutes);
  return (
    <DayTimeFields
      id={fieldId(form, name)}
      legend={legend}
      names={{ day: `${name}Day`, time: `${name}Time` }}
      day={draft.day.value}
      time={draft.time.value}
      onDay={(text) => {
        draft.day.value = text;
      }}
      onTime={(text) => {
        draft.time.value = text;
      }}
      hint={[hint, readout].filter(Boolean).join(' ') || undefined}
    />
  );
}

/** The propose form's common action time (asked for an action day only). */
export function ActionTimeFields({ form, draft, view }: { form: string; draft: TimeDraft; view: LocalView }) {
  return (
    <TimeFields
      form={form}
      name="action"
      legend={t('ui.field.action-time')}
      hint={t('ui.field.action-time.hint')}
      draft={draft}
      view={view}
    />
  );
}

/** The common action time typed, or a problem and the field to fix. */
export function actionTimeOf(draft: TimeDraft): number | { problem: string; field: string } {
  const at = dayTimeMinutes(draft.day.value, draft.time.value);
  if (at !== null) return at;
  return {
    problem: t('ui.form.need-action-time'),
    field: draft.day.value.trim() ? 'actionTime' : 'actionDay',
  };
}

export interface CarryOutDraft extends TimeDraft {
  /** 'now', 'own' or `agreed-<agreement id>`. */
  choice: Signal<string>;
}

const AGREED = 'agreed-';

/**
 * When the measure is carried out: as soon as possible (the default), at an agreed action time
 * still ahead (one choice for each, its time said), or at a time of the team's own.
 */
export function CarryOutFields({
  form,
  draft,
  view,
  minutes,
}: {
  form: string;
  draft: CarryOutDraft;
  view: ReadonlySignal<CountryView>;
  /** The game time: an agreed time is offered while it is ahead (this group alone follows the clock). */
  minutes: ReadonlySignal<number>;
}) {
  const ahead = actionDaysAhead(view.value, minutes.value);
  return (
    <Radios
      form={form}
      name="carryOut"
      legend={t('ui.measure.carry-out')}
      hint={t('ui.measure.carry-out.hint')}
      value={draft.choice}
      choices={[
        { value: 'now', label: t('ui.measure.carry-out.now') },
        ...ahead.map((day) => ({
          value: `${AGREED}${day.agreementId}`,
          label: t('ui.measure.carry-out.agreed', { when: dayTime(day.at), with: day.with.join(', ') }),
        })),
        { value: 'own', label: t('ui.measure.carry-out.own') },
      ]}
    >
      {draft.choice.value === 'own' ? (
        <TimeFields
          form={form}
          name="execute"
          legend={t('ui.measure.carry-out.when')}
          draft={draft}
          view={view.value}
        />
      ) : null}
    </Radios>
  );
}

/**
 * The measure's `executeAt`: none (as soon as possible), the agreed time, or the team's own; a
 * problem when the team's own time is not a whole one. An agreed time that has passed since it
 * was chosen is sent as chosen: the engine's ruling says why it no longer can be.
 */
export function executeAtOf(
  draft: CarryOutDraft,
  agreements: Agreements,
): { executeAt?: number } | { problem: string; field: string } {
  const choice = draft.choice.value;
  if (choice.startsWith(AGREED)) {
    const at = agreements[choice.slice(AGREED.length)]?.terms.actionAt;
    return at === undefined
      ? { problem: t('ui.form.need-execute-at'), field: 'carryOut' }
      : { executeAt: at };
  }
  if (choice !== 'own') return {};
  const at = dayTimeMinutes(draft.day.value, draft.time.value);
  if (at !== null) return { executeAt: at };
  return {
    problem: t('ui.form.need-execute-at'),
    field: draft.day.value.trim() ? 'executeTime' : 'executeDay',
  };
}

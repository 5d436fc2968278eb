import {
  type Command,
  type CountryView,
  heldUntil,
  type KnownEvidence,
  MEASURE_KINDS,
  type Source,
} from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { listOf, t, tDynamic } from '../i18n.js';
import { comma, paren } from '../punctuation.js';
import { dayTime } from '../time.js';
import {
  ActionForm,
  Checkbox,
  Checkboxes,
  type Choice,
  type Problem,
  SelectField,
  TextField,
} from '../ui/forms.js';
import { requestAbout } from './about.js';
import { CarryOutFields, executeAtOf } from './action-day.js';
import { CaseFileExport } from './casefile-export.js';
import { nameIn, type Team } from './context.js';
import { recipientChoices } from './coordination.js';
import { Countdown } from './countdown.js';
import { Leads } from './leads-panel.js';
import { checkMeasure, markedLabel, measureKindOf, SAFEGUARD_FIELDS } from './measure-check.js';
import { UnreadMark } from './unread-mark.js';

type View = ReadonlySignal<CountryView>;

/**
 * The case file: what the team knows (facts, evidence, suspects, assets), where each came from,
 * and its domestic case work, with the forms to open a case, take a measure at home, share
 * information with another country and open a prosecution. Each list follows its own part of
 * the view and is keyed by id; the evidence's countdowns follow the game time, one text node each.
 */
export function CasefilePanel({ team }: { team: Team }) {
  return (
    <section class="panel-body">
      <h2>{t('ui.casefile.title')}</h2>
      <CaseFileExport team={team} />
      <Leads team={team} />
      <Facts view={team.view} />
      <Evidence view={team.view} minutes={team.minutes} />
      <Suspects view={team.view} />
      <Assets view={team.view} />
      <Cases view={team.view} />
      <Measures view={team.view} />
      <div class="forms">
        <OpenCaseForm team={team} />
        <TakeMeasureForm team={team} />
        <ShareForm team={team} />
        <ProsecutionForm team={team} />
      </div>
    </section>
  );
}

/** The parts of the view that say where something came from (a source names evidence, a country, a request or a measure). */
function useSources(view: View) {
  const evidence = useComputed(() => view.value.evidence);
  const directory = useComputed(() => view.value.briefing.directory);
  const requests = useComputed(() => view.value.requests);
  const measures = useComputed(() => view.value.measures);
  const viewer = useComputed(() => view.value.viewer);
  return {
    evidence: evidence.value,
    directory: directory.value,
    requests: requests.value,
    measures: measures.value,
    viewer: viewer.value,
  };
}

type Sources = ReturnType<typeof useSources>;

/** A request by what a person knows it by; its reference if this view does not hold it (it always should). */
function requestName(sources: Sources, id: string): string {
  const request = sources.requests[id];
  return request
    ? requestAbout(
        { briefing: { directory: sources.directory }, viewer: sources.viewer },
        request,
        sources.requests,
      )
    : id;
}

function sourceText(sources: Sources, source: Source): string {
  const { evidence, directory, measures } = sources;
  switch (source.kind) {
    case 'start':
      return t('ui.source.start');
    case 'evidence':
      return t('ui.source.evidence', { title: evidence[source.evidence]?.title ?? source.evidence });
    case 'inject':
      return t('ui.source.inject');
    case 'shared':
      return t('ui.source.shared', { country: nameIn(directory, source.from) });
    case 'request':
      return t('ui.source.request', { request: requestName(sources, source.request) });
    case 'measure': {
      const kind = measures[source.measure]?.kind;
      return t('ui.source.measure', {
        measure: kind ? tDynamic(`measure.${kind}`, {}, kind) : source.measure,
      });
    }
    case 'chain-hop':
      return t('ui.source.chain-hop', { title: evidence[source.evidence]?.title ?? source.evidence });
    case 'custody':
      return t('ui.source.custody');
  }
}

function Facts({ view }: { view: View }) {
  const facts = useComputed(() => view.value.facts);
  const sources = useSources(view);
  return (
    <>
      <h3>{t('ui.casefile.facts')}</h3>
      <ul class="facts">
        {Object.entries(facts.value).map(([id, fact]) => (
          <li key={id} data-fact={id}>
            {fact.text}{' '}
            <span class="source">
              {t('ui.casefile.fact-source', {
                source: sourceText(sources, fact.source),
                at: dayTime(fact.at),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Evidence({ view, minutes }: { view: View; minutes: ReadonlySignal<number> }) {
  const sources = useSources(view);
  return (
    <>
      <h3>{t('ui.casefile.evidence')}</h3>
      <table class="evidence">
        <thead>
          <tr>
            <th scope="col">{t('ui.casefile.column.item')}</th>
            <th scope="col">{t('ui.casefile.column.where')}</th>
            <th scope="col">{t('ui.casefile.column.status')}</th>
            <th scope="col">{t('ui.casefile.column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(sources.evidence).map(([id, item]) => (
            <tr key={id} data-evidence={id}>
              <th scope="row">
                {item.title}
                <span class="hint">{` (${tDynamic(`evidence-kind.${item.kind}`, {}, item.kind)})`}</span>
                <UnreadMark itemKey={`evidence:${id}`} />
              </th>
              <td>{comma(item.holderName, item.country ? nameIn(sources.directory, item.country) : '?')}</td>
              <td>
                <EvidenceStatus item={item} minutes={minutes} />
              </td>
              <td>{sourceText(sources, item.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Where an item stands, in words and a symbol; while it is at risk, the time it has left. */
function EvidenceStatus({ item, minutes }: { item: KnownEvidence; minutes: ReadonlySignal<number> }) {
  // A copy in hand is what counts; the provider's original may since have been deleted.
  if (item.copy)
    return (
      <>{`✔ ${t('ui.evidence.obtained')}${item.status === 'lost' ? ` (${t('ui.evidence.original-deleted')})` : ''}`}</>
    );
  if (item.status === 'lost') return <>{`✖ ${t('ui.evidence.lost')}`}</>;
  if (item.preservation) {
    const { until } = item.preservation;
    if (until === null) return <>{`■ ${t('ui.evidence.held')}`}</>;
    return (
      <Countdown
        minutes={minutes}
        at={until}
        phrase={(left) => `■ ${t('ui.evidence.preserved-until', { left })}`}
      />
    );
  }
  if (item.expiresAt !== null)
    return (
      <Countdown
        minutes={minutes}
        at={item.expiresAt}
        phrase={(left) => `◔ ${t('ui.evidence.deleted-in', { left })}`}
      />
    );
  return <>{t('ui.evidence.available')}</>;
}

function Suspects({ view }: { view: View }) {
  const suspects = useComputed(() => view.value.suspects);
  const directory = useComputed(() => view.value.briefing.directory);
  const name = (id: string) => nameIn(directory.value, id);
  return (
    <>
      <h3>{t('ui.casefile.suspects')}</h3>
      <ul class="suspects">
        {Object.entries(suspects.value).map(([id, suspect]) => (
          <li key={id} data-suspect={id}>
            <strong>{suspect.alias}</strong>
            {suspect.name
              ? ` — ${suspect.nationality ? comma(suspect.name, name(suspect.nationality)) : suspect.name}`
              : ` — ${t('ui.suspect.unidentified')}`}
            {suspect.location
              ? `; ${t('ui.suspect.located', { country: name(suspect.location.location) })}`
              : ''}
            {suspect.custody ? `; ${t('ui.suspect.custody', { country: name(suspect.custody.by) })}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function Assets({ view }: { view: View }) {
  const assets = useComputed(() => view.value.assets);
  const all = Object.entries(assets.value);
  return (
    <>
      {all.length > 0 ? <h3>{t('ui.casefile.assets')}</h3> : null}
      <ul class="assets">
        {all.map(([id, asset]) => (
          <li key={id} data-asset={id}>
            {t('ui.casefile.asset-line', {
              description: asset.description,
              amount: asset.amount,
              currency: asset.currency,
              holder: asset.holderName,
            })}
            {asset.frozen ? ` — ■ ${t('ui.asset.frozen')}` : ''}
            {asset.confiscated ? ` — ✔ ${t('ui.asset.confiscated')}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function Cases({ view }: { view: View }) {
  const cases = useComputed(() => view.value.cases);
  const directory = useComputed(() => view.value.briefing.directory);
  const offences = useComputed(() => view.value.briefing.offences);
  // An offence is known by its description, never its id.
  const offence = (id: string) => offences.value[id]?.description ?? id;
  return (
    <>
      <h3>{t('ui.casefile.cases')}</h3>
      <ul class="cases">
        {Object.values(cases.value).map((found) => (
          <li key={found.id} data-case={found.id}>
            {paren(found.title, listOf(found.offences.map(offence)))}
            {found.transferredTo
              ? ` — ${t('ui.case.transferred', { to: nameIn(directory.value, found.transferredTo) })}`
              : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function Measures({ view }: { view: View }) {
  const measures = useComputed(() => view.value.measures);
  return (
    <>
      <h3>{t('ui.casefile.measures')}</h3>
      <ul class="measures">
        {Object.values(measures.value).map((measure) => (
          <li key={measure.id} data-measure={measure.id}>
            {t('ui.casefile.measure-line', {
              kind: tDynamic(`measure.${measure.kind}`, {}, measure.kind),
              target: targetName(view.value, measure.target),
              state: measureState(measure),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

type Known = Pick<CountryView, 'evidence' | 'suspects' | 'assets'>;

/**
 * What a measure is about, as the team knows it (a title, a suspect's alias, a description), never
 * an id: the case file's list and the take-measure form's choices name a target alike.
 */
function targetName(view: Known, target: CountryView['measures'][string]['target']): string {
  if ('evidence' in target) return view.evidence[target.evidence]?.title ?? '';
  if ('suspect' in target) return view.suspects[target.suspect]?.alias ?? '';
  return view.assets[target.asset]?.description ?? '';
}

/** Done (and how), held until a common action time, or when it completes. */
function measureState(measure: CountryView['measures'][string]) {
  if (measure.completed)
    return `✔ ${measure.outcome ? tDynamic(`measure-outcome.${measure.outcome}`, {}, measure.outcome) : ''}`;
  const held = heldUntil(measure);
  if (held !== null) return `‖ ${t('ui.measure.held', { when: dayTime(held) })}`;
  return t('ui.measure.due', { when: dayTime(measure.completesAt) });
}

const text = (value: string): string => value.trim();

function caseChoices(cases: CountryView['cases']): Choice[] {
  return Object.values(cases).map((found) => ({ value: found.id, label: found.title }));
}

/** The evidence the team holds a copy of: what it can share or bring to trial. */
function heldEvidence(evidence: CountryView['evidence']): Choice[] {
  return Object.entries(evidence)
    .filter(([, item]) => item.copy)
    .map(([id, item]) => ({ value: id, label: item.title }));
}

function OpenCaseForm({ team }: { team: Team }) {
  const formId = 'open-case';
  const { forms } = team;
  const offences = useComputed(() => team.view.value.briefing.offences);
  const title = forms.text(formId, 'title');
  const chosen = forms.list(formId, 'offences');
  return (
    <ActionForm
      forms={forms}
      formId={formId}
      title={t('ui.form.open-case')}
      submit={t('ui.form.open-case.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-title-offences');
        if (!text(title.value)) return { problem, field: 'title' };
        if (chosen.value.length === 0) return { problem, field: 'offences' };
        return { type: 'openCase', title: text(title.value), offences: [...chosen.value] };
      }}
    >
      <TextField form={formId} name="title" label={t('ui.field.case-title')} required value={title} />
      <Checkboxes
        form={formId}
        name="offences"
        legend={t('ui.field.offences')}
        choices={Object.entries(offences.value).map(([id, offence]) => ({
          value: id,
          label: offence.description,
        }))}
        value={chosen}
      />
    </ActionForm>
  );
}

function parseTarget(value: string): { evidence: string } | { suspect: string } | { asset: string } | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'evidence') return { evidence: id };
  if (kind === 'suspect') return { suspect: id };
  if (kind === 'asset') return { asset: id };
  return null;
}

function TakeMeasureForm({ team }: { team: Team }) {
  const formId = 'take-measure';
  const { forms } = team;
  const cases = useComputed(() => team.view.value.cases);
  const evidence = useComputed(() => team.view.value.evidence);
  const suspects = useComputed(() => team.view.value.suspects);
  const assets = useComputed(() => team.view.value.assets);
  const draft = {
    caseId: forms.text(formId, 'caseId'),
    kind: forms.text(formId, 'kind'),
    target: forms.text(formId, 'target'),
    authorisedBy: forms.text(formId, 'authorisedBy'),
    grounds: forms.text(formId, 'grounds'),
    scope: forms.text(formId, 'scope'),
    duration: forms.text(formId, 'duration'),
    confidential: forms.flag(formId, 'confidential'),
  };
  const carryOut = {
    choice: forms.text(formId, 'carryOut', 'now'),
    day: forms.text(formId, 'executeDay'),
    time: forms.text(formId, 'executeTime'),
  };
  const agreements = useComputed(() => team.view.value.agreements);
  const kind = measureKindOf(draft.kind.value);
  const check = checkMeasure(kind, {
    authorisedBy: draft.authorisedBy.value,
    grounds: draft.grounds.value,
    scope: draft.scope.value,
    duration: draft.duration.value,
  });
  const known = { evidence: evidence.value, suspects: suspects.value, assets: assets.value };
  const targets: Choice[] = [
    ...Object.keys(evidence.value).map((id) => ({
      value: `evidence:${id}`,
      label: t('ui.target.evidence', { title: targetName(known, { evidence: id }) }),
    })),
    ...Object.keys(suspects.value).map((id) => ({
      value: `suspect:${id}`,
      label: t('ui.target.suspect', { alias: targetName(known, { suspect: id }) }),
    })),
    ...Object.keys(assets.value).map((id) => ({
      value: `asset:${id}`,
      label: t('ui.target.asset', { description: targetName(known, { asset: id }) }),
    })),
  ];
  return (
    <ActionForm
      forms={forms}
      formId={formId}
      title={t('ui.form.take-measure')}
      description={t('ui.form.take-measure.hint')}
      submit={t('ui.form.take-measure.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-case-measure-target');
        const chosen = measureKindOf(draft.kind.value);
        const target = parseTarget(draft.target.value);
        if (!draft.caseId.value) return { problem, field: 'caseId' };
        if (!chosen) return { problem, field: 'kind' };
        if (!target) return { problem, field: 'target' };
        const when = executeAtOf(carryOut, agreements.value);
        if ('problem' in when) return when;
        return {
          type: 'takeMeasure',
          caseId: draft.caseId.value,
          kind: chosen,
          target,
          safeguards: {
            authorisedBy: text(draft.authorisedBy.value),
            grounds: text(draft.grounds.value),
            scope: text(draft.scope.value),
            duration: text(draft.duration.value),
          },
          ...(draft.confidential.value ? { confidential: true } : {}),
          ...when,
        };
      }}
    >
      <SelectField
        form={formId}
        name="caseId"
        label={t('ui.field.case')}
        required
        choices={caseChoices(cases.value)}
        value={draft.caseId}
      />
      <SelectField
        form={formId}
        name="kind"
        label={t('ui.field.measure')}
        required
        choices={MEASURE_KINDS.map((kind) => ({ value: kind, label: tDynamic(`measure.${kind}`, {}, kind) }))}
        value={draft.kind}
      />
      <SelectField
        form={formId}
        name="target"
        label={t('ui.field.target')}
        required
        choices={targets}
        value={draft.target}
      />
      <fieldset class="checklist safeguards">
        <legend>{t('ui.measure-check.title')}</legend>
        <p class="hint">{t('ui.field.safeguards.hint')}</p>
        {SAFEGUARD_FIELDS.map((field) => (
          <TextField
            key={field}
            form={formId}
            name={field}
            label={markedLabel(
              check.items.find((item) => item.field === field),
              t(SAFEGUARD_LABEL[field]),
            )}
            value={draft[field]}
          />
        ))}
      </fieldset>
      <SafeguardsCheck check={check} kindChosen={kind !== ''} />
      <Checkbox
        form={formId}
        name="confidential"
        label={t('ui.measure.confidential')}
        hint={t('ui.measure.confidential-hint')}
        value={draft.confidential}
      />
      <CarryOutFields form={formId} draft={carryOut} view={team.view} minutes={team.minutes} />
    </ActionForm>
  );
}

const SAFEGUARD_LABEL = {
  authorisedBy: 'ui.field.authorised-by',
  grounds: 'ui.field.grounds',
  scope: 'ui.field.scope',
  duration: 'ui.field.duration',
} as const;

/** What the measure's safeguards lack, as the team types, read out politely (the composer's way). */
function SafeguardsCheck({
  check,
  kindChosen,
}: {
  check: ReturnType<typeof checkMeasure>;
  kindChosen: boolean;
}) {
  return (
    <div class="live-check" id="measure-check" role="status" aria-live="polite">
      {!kindChosen ? (
        <p class="hint">{t('ui.measure-check.choose-kind')}</p>
      ) : check.problems.length === 0 ? (
        <p class="ok">{`✔ ${t('ui.measure-check.ready')}`}</p>
      ) : (
        <ul>
          {check.problems.map((problem) => (
            <li key={problem.message} class="warning">
              {`⚠ ${paren(problem.message, problem.article)}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ShareForm({ team }: { team: Team }) {
  const formId = 'share';
  const { forms } = team;
  const facts = useComputed(() => team.view.value.facts);
  const evidence = useComputed(() => team.view.value.evidence);
  const briefed = useComputed(() => ({ viewer: team.view.value.viewer, briefing: team.view.value.briefing }));
  const draft = {
    to: forms.text(formId, 'to'),
    facts: forms.list(formId, 'facts'),
    evidence: forms.list(formId, 'evidence'),
    conditions: forms.text(formId, 'conditions'),
  };
  return (
    <ActionForm
      forms={forms}
      formId={formId}
      title={t('ui.form.share')}
      description={t('ui.form.share.hint')}
      submit={t('ui.form.share.submit')}
      send={team.send}
      command={(): Command | Problem => {
        if (!draft.to.value) return { problem: t('ui.form.need-recipient'), field: 'to' };
        return {
          type: 'shareInformation',
          to: draft.to.value,
          facts: [...draft.facts.value],
          evidence: [...draft.evidence.value],
          conditions: draft.conditions.value
            .split(';')
            .map((item) => item.trim())
            .filter(Boolean),
        };
      }}
    >
      <SelectField
        form={formId}
        name="to"
        label={t('ui.field.to')}
        required
        choices={recipientChoices(briefed.value)}
        value={draft.to}
      />
      <Checkboxes
        form={formId}
        name="facts"
        legend={t('ui.field.facts')}
        choices={Object.entries(facts.value).map(([id, fact]) => ({
          value: id,
          label: fact.text.slice(0, 90),
        }))}
        value={draft.facts}
      />
      <Checkboxes
        form={formId}
        name="evidence"
        legend={t('ui.field.evidence-obtained')}
        choices={heldEvidence(evidence.value)}
        value={draft.evidence}
      />
      <TextField
        form={formId}
        name="conditions"
        label={t('ui.field.conditions')}
        hint={t('ui.field.conditions.hint')}
        value={draft.conditions}
      />
    </ActionForm>
  );
}

function ProsecutionForm({ team }: { team: Team }) {
  const formId = 'prosecute';
  const { forms } = team;
  const suspects = useComputed(() => team.view.value.suspects);
  const cases = useComputed(() => team.view.value.cases);
  const evidence = useComputed(() => team.view.value.evidence);
  const draft = {
    suspect: forms.text(formId, 'suspect'),
    caseId: forms.text(formId, 'caseId'),
    evidence: forms.list(formId, 'evidence'),
    reasoning: forms.text(formId, 'reasoning'),
  };
  return (
    <ActionForm
      forms={forms}
      formId={formId}
      title={t('ui.form.prosecute')}
      description={t('ui.form.prosecute.hint')}
      submit={t('ui.form.prosecute.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-suspect-case');
        if (!draft.suspect.value) return { problem, field: 'suspect' };
        if (!draft.caseId.value) return { problem, field: 'caseId' };
        return {
          type: 'openProsecution',
          suspect: draft.suspect.value,
          caseId: draft.caseId.value,
          evidence: [...draft.evidence.value],
          reasoning: text(draft.reasoning.value),
        };
      }}
    >
      <SelectField
        form={formId}
        name="suspect"
        label={t('ui.field.suspect')}
        required
        choices={Object.entries(suspects.value)
          .filter(([, suspect]) => suspect.name)
          .map(([id, suspect]) => ({ value: id, label: paren(suspect.alias, suspect.name ?? '') }))}
        value={draft.suspect}
      />
      <SelectField
        form={formId}
        name="caseId"
        label={t('ui.field.case')}
        required
        choices={caseChoices(cases.value)}
        value={draft.caseId}
      />
      <Checkboxes
        form={formId}
        name="evidence"
        legend={t('ui.field.evidence-obtained')}
        choices={heldEvidence(evidence.value)}
        value={draft.evidence}
      />
      <TextField
        form={formId}
        name="reasoning"
        label={t('ui.field.reasoning')}
        multiline
        value={draft.reasoning}
      />
    </ActionForm>
  );
}

import { type Command, type CountryView, MEASURE_KINDS, type Source } from '@crossborder/engine';
import { t, tDynamic } from '../i18n.js';
import { dayAndTime, span } from '../time.js';
import { h } from '../ui/dom.js';
import { checkboxesField, draftOf, selectField, textField } from '../ui/forms.js';
import { countryName, type TeamContext, teamForm } from './context.js';

/**
 * The case file: what the team knows (facts, evidence, suspects, assets), where each came from,
 * and its domestic case work, with the forms to open a case, take a measure at home, share
 * information with another country and open a prosecution.
 */
export function casefilePanel(context: TeamContext): HTMLElement {
  const { view, now } = context;
  const when = (minutes: number) => {
    const { day, time } = dayAndTime(minutes);
    return t('ui.time.day-time', { day, time });
  };
  return h(
    'section',
    { class: 'panel-body' },
    h('h2', {}, t('ui.casefile.title')),
    h('h3', {}, t('ui.casefile.facts')),
    h(
      'ul',
      { class: 'facts' },
      Object.entries(view.facts).map(([id, fact]) =>
        h(
          'li',
          { 'data-fact': id },
          fact.text,
          h('span', { class: 'source' }, ` — ${sourceText(view, fact.source)}, ${when(fact.at)}`),
        ),
      ),
    ),
    h('h3', {}, t('ui.casefile.evidence')),
    h(
      'table',
      { class: 'evidence' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('ui.casefile.column.item')),
          h('th', { scope: 'col' }, t('ui.casefile.column.where')),
          h('th', { scope: 'col' }, t('ui.casefile.column.status')),
          h('th', { scope: 'col' }, t('ui.casefile.column.source')),
        ),
      ),
      h(
        'tbody',
        {},
        Object.entries(view.evidence).map(([id, item]) => {
          const until = item.preservation ? item.preservation.until : item.expiresAt;
          // A copy in hand is what counts; the provider's original may since have been deleted.
          const status = item.copy
            ? `✔ ${t('ui.evidence.obtained')}${item.status === 'lost' ? ` (${t('ui.evidence.original-deleted')})` : ''}`
            : item.status === 'lost'
              ? `✖ ${t('ui.evidence.lost')}`
              : item.preservation
                ? until === null
                  ? `■ ${t('ui.evidence.held')}`
                  : `■ ${t('ui.evidence.preserved-until', { left: span(until - now) })}`
                : until !== null
                  ? `◔ ${t('ui.evidence.deleted-in', { left: span(until - now) })}`
                  : t('ui.evidence.available');
          return h(
            'tr',
            { 'data-evidence': id },
            h('th', { scope: 'row' }, item.title, h('span', { class: 'hint' }, ` (${item.kind})`)),
            h('td', {}, `${item.holderName}, ${item.country ? countryName(view, item.country) : '?'}`),
            h('td', {}, status),
            h('td', {}, sourceText(view, item.source)),
          );
        }),
      ),
    ),
    h('h3', {}, t('ui.casefile.suspects')),
    h(
      'ul',
      { class: 'suspects' },
      Object.entries(view.suspects).map(([id, suspect]) =>
        h(
          'li',
          { 'data-suspect': id },
          h('strong', {}, suspect.alias),
          suspect.name
            ? ` — ${suspect.name}${suspect.nationality ? `, ${countryName(view, suspect.nationality)}` : ''}`
            : ` — ${t('ui.suspect.unidentified')}`,
          suspect.location
            ? `; ${t('ui.suspect.located', { country: countryName(view, suspect.location.location) })}`
            : '',
          suspect.custody
            ? `; ${t('ui.suspect.custody', { country: countryName(view, suspect.custody.by) })}`
            : '',
        ),
      ),
    ),
    Object.keys(view.assets).length > 0 ? h('h3', {}, t('ui.casefile.assets')) : null,
    h(
      'ul',
      { class: 'assets' },
      Object.entries(view.assets).map(([id, asset]) =>
        h(
          'li',
          { 'data-asset': id },
          `${asset.description}: ${asset.amount.toLocaleString()} ${asset.currency}, ${asset.holderName}`,
          asset.frozen ? ` — ■ ${t('ui.asset.frozen')}` : '',
          asset.confiscated ? ` — ✔ ${t('ui.asset.confiscated')}` : '',
        ),
      ),
    ),
    h('h3', {}, t('ui.casefile.cases')),
    h(
      'ul',
      { class: 'cases' },
      Object.values(view.cases).map((found) =>
        h(
          'li',
          { 'data-case': found.id },
          `${found.id}: ${found.title} (${found.offences.join(', ')})`,
          found.transferredTo
            ? ` — ${t('ui.case.transferred', { to: countryName(view, found.transferredTo) })}`
            : '',
        ),
      ),
    ),
    h('h3', {}, t('ui.casefile.measures')),
    h(
      'ul',
      { class: 'measures' },
      Object.values(view.measures).map((measure) =>
        h(
          'li',
          {},
          `${measure.id}: ${tDynamic(`measure.${measure.kind}`, {}, measure.kind)} — ${measure.completed ? `✔ ${measure.outcome ?? ''}` : t('ui.measure.due', { when: when(measure.completesAt) })}`,
        ),
      ),
    ),
    h(
      'div',
      { class: 'forms' },
      openCaseForm(context),
      takeMeasureForm(context),
      shareForm(context),
      prosecutionForm(context),
    ),
  );
}

function sourceText(view: CountryView, source: Source): string {
  switch (source.kind) {
    case 'start':
      return t('ui.source.start');
    case 'evidence':
      return t('ui.source.evidence', { title: view.evidence[source.evidence]?.title ?? source.evidence });
    case 'inject':
      return t('ui.source.inject');
    case 'shared':
      return t('ui.source.shared', { country: countryName(view, source.from) });
    case 'request':
      return t('ui.source.request', { request: source.request });
    case 'measure':
      return t('ui.source.measure', { measure: source.measure });
    case 'chain-hop':
      return t('ui.source.chain-hop', { title: view.evidence[source.evidence]?.title ?? source.evidence });
    case 'custody':
      return t('ui.source.custody');
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function offenceChoices(view: CountryView) {
  return Object.entries(view.briefing.offences).map(([id, offence]) => ({
    value: id,
    label: `${id}: ${offence.description}`,
  }));
}

function caseChoices(view: CountryView) {
  return Object.values(view.cases).map((found) => ({
    value: found.id,
    label: `${found.id}: ${found.title}`,
  }));
}

function openCaseForm(context: TeamContext): HTMLElement {
  const formId = 'open-case';
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.open-case'),
    submit: t('ui.form.open-case.submit'),
    fields: [
      textField(formId, draft, 'title', t('ui.field.case-title'), { required: true }),
      checkboxesField(formId, draft, 'offences', t('ui.field.offences'), offenceChoices(context.view)),
    ],
    command: (): Command | { problem: string } => {
      const offences = strings(draft.offences);
      if (!text(draft.title) || offences.length === 0) return { problem: t('ui.form.need-title-offences') };
      return { type: 'openCase', title: text(draft.title), offences };
    },
  });
}

function targetChoices(view: CountryView) {
  return [
    ...Object.entries(view.evidence).map(([id, item]) => ({
      value: `evidence:${id}`,
      label: t('ui.target.evidence', { title: item.title }),
    })),
    ...Object.entries(view.suspects).map(([id, suspect]) => ({
      value: `suspect:${id}`,
      label: t('ui.target.suspect', { alias: suspect.alias }),
    })),
    ...Object.entries(view.assets).map(([id, asset]) => ({
      value: `asset:${id}`,
      label: t('ui.target.asset', { description: asset.description }),
    })),
  ];
}

function parseTarget(value: string): { evidence: string } | { suspect: string } | { asset: string } | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'evidence') return { evidence: id };
  if (kind === 'suspect') return { suspect: id };
  if (kind === 'asset') return { asset: id };
  return null;
}

function takeMeasureForm(context: TeamContext): HTMLElement {
  const formId = 'take-measure';
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.take-measure'),
    description: t('ui.form.take-measure.hint'),
    submit: t('ui.form.take-measure.submit'),
    fields: [
      selectField(formId, draft, 'caseId', t('ui.field.case'), caseChoices(context.view), { required: true }),
      selectField(
        formId,
        draft,
        'kind',
        t('ui.field.measure'),
        MEASURE_KINDS.map((kind) => ({ value: kind, label: tDynamic(`measure.${kind}`, {}, kind) })),
        { required: true },
      ),
      selectField(formId, draft, 'target', t('ui.field.target'), targetChoices(context.view), {
        required: true,
      }),
      textField(formId, draft, 'authorisedBy', t('ui.field.authorised-by'), {
        hint: t('ui.field.safeguards.hint'),
      }),
      textField(formId, draft, 'grounds', t('ui.field.grounds')),
      textField(formId, draft, 'scope', t('ui.field.scope')),
      textField(formId, draft, 'duration', t('ui.field.duration')),
    ],
    command: (): Command | { problem: string } => {
      const target = parseTarget(text(draft.target));
      const kind = MEASURE_KINDS.find((known) => known === draft.kind);
      if (!text(draft.caseId) || !kind || !target) return { problem: t('ui.form.need-case-measure-target') };
      return {
        type: 'takeMeasure',
        caseId: text(draft.caseId),
        kind,
        target,
        safeguards: {
          authorisedBy: text(draft.authorisedBy),
          grounds: text(draft.grounds),
          scope: text(draft.scope),
          duration: text(draft.duration),
        },
      };
    },
  });
}

function otherCountries(view: CountryView) {
  return Object.keys(view.briefing.directory)
    .filter((id) => id !== view.viewer)
    .map((id) => ({ value: id, label: countryName(view, id) }));
}

function shareForm(context: TeamContext): HTMLElement {
  const formId = 'share';
  const { view } = context;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.share'),
    description: t('ui.form.share.hint'),
    submit: t('ui.form.share.submit'),
    fields: [
      selectField(formId, draft, 'to', t('ui.field.to'), otherCountries(view), { required: true }),
      checkboxesField(
        formId,
        draft,
        'facts',
        t('ui.field.facts'),
        Object.entries(view.facts).map(([id, fact]) => ({ value: id, label: fact.text.slice(0, 90) })),
      ),
      checkboxesField(
        formId,
        draft,
        'evidence',
        t('ui.field.evidence-obtained'),
        Object.entries(view.evidence)
          .filter(([, item]) => item.copy)
          .map(([id, item]) => ({ value: id, label: item.title })),
      ),
      textField(formId, draft, 'conditions', t('ui.field.conditions'), {
        hint: t('ui.field.conditions.hint'),
      }),
    ],
    command: (): Command | { problem: string } => {
      if (!text(draft.to)) return { problem: t('ui.form.need-recipient') };
      return {
        type: 'shareInformation',
        to: text(draft.to),
        facts: strings(draft.facts),
        evidence: strings(draft.evidence),
        conditions: text(draft.conditions)
          ? text(draft.conditions)
              .split(';')
              .map((item) => item.trim())
              .filter(Boolean)
          : [],
      };
    },
  });
}

function prosecutionForm(context: TeamContext): HTMLElement {
  const formId = 'prosecute';
  const { view } = context;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.prosecute'),
    description: t('ui.form.prosecute.hint'),
    submit: t('ui.form.prosecute.submit'),
    fields: [
      selectField(
        formId,
        draft,
        'suspect',
        t('ui.field.suspect'),
        Object.entries(view.suspects)
          .filter(([, suspect]) => suspect.name)
          .map(([id, suspect]) => ({ value: id, label: `${suspect.alias} (${suspect.name})` })),
        { required: true },
      ),
      selectField(formId, draft, 'caseId', t('ui.field.case'), caseChoices(view), { required: true }),
      checkboxesField(
        formId,
        draft,
        'evidence',
        t('ui.field.evidence-obtained'),
        Object.entries(view.evidence)
          .filter(([, item]) => item.copy)
          .map(([id, item]) => ({ value: id, label: item.title })),
      ),
      textField(formId, draft, 'reasoning', t('ui.field.reasoning'), { multiline: true }),
    ],
    command: (): Command | { problem: string } => {
      if (!text(draft.suspect) || !text(draft.caseId)) return { problem: t('ui.form.need-suspect-case') };
      return {
        type: 'openProsecution',
        suspect: text(draft.suspect),
        caseId: text(draft.caseId),
        evidence: strings(draft.evidence),
        reasoning: text(draft.reasoning),
      };
    },
  });
}

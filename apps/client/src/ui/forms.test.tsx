import type { Command } from '@crossborder/engine';
import { isRuleId, provenanceOf, RULES } from '@crossborder/scenario';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { ruleText } from '../rule-text.js';
import {
  ActionForm,
  type Answer,
  AnswerSlot,
  Checkbox,
  Checkboxes,
  Forms,
  fieldId,
  NumberField,
  type Problem,
  ProvenanceNote,
  SelectField,
  TextField,
} from './forms.js';

const OPEN_CASE: Command = { type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] };

/** A send that answers when told, as a server would later. */
function server() {
  const sent: Command[] = [];
  let answer: (value: Answer) => void = () => {};
  return {
    sent,
    send: (command: Command) => {
      sent.push(command);
      return new Promise<Answer>((resolve) => {
        answer = resolve;
      });
    },
    async answer(value: Answer) {
      await act(async () => answer(value));
    },
  };
}

const BANK_SECRECY: Answer = {
  ok: false,
  error: {
    code: 'refusal.bank-secrecy',
    message: 'Bank secrecy is not a ground for refusal.',
    ruleId: 'mla.refusal.bank-secrecy',
    article: 'Art. 40',
    params: {},
  },
};

describe('the fields', () => {
  it('are labelled controls with stable ids, hints that describe them, and their drafts bound both ways', async () => {
    const forms = new Forms();
    const title = forms.text('open-case', 'title');
    render(
      <TextField
        form="open-case"
        name="title"
        label={t('ui.field.case-title')}
        hint={t('ui.field.conditions.hint')}
        required
        value={title}
      />,
    );
    const input = screen.getByRole('textbox', {
      name: t('ui.field.case-title'),
      description: t('ui.field.conditions.hint'),
    }) as HTMLInputElement;
    expect(input.id).toBe('open-case--title');
    expect(input.required).toBe(true);
    await userEvent.setup().type(input, 'Harbourline');
    expect(title.value).toBe('Harbourline');
    act(() => {
      title.value = 'Reset';
    });
    expect(input.value).toBe('Reset');
  });

  it('make a text area for longer text, and ids of what they name safe for the page', () => {
    const forms = new Forms();
    render(
      <TextField
        form="compose"
        name="contents.authority"
        label={t('ui.field.reasoning')}
        multiline
        value={forms.text('compose', 'contents.authority')}
      />,
    );
    const area = screen.getByRole('textbox', { name: t('ui.field.reasoning') });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.id).toBe('compose--contents-authority');
    expect(fieldId('refuse-R1', 'ground')).toBe('refuse-R1--ground');
  });

  it('take a whole number in a real number field, with its least value and a step of one', async () => {
    const forms = new Forms();
    const days = forms.text('postpone-R1', 'days', '7');
    render(
      <NumberField form="postpone-R1" name="days" label={t('ui.field.days')} required min={1} value={days} />,
    );
    const field = screen.getByRole('spinbutton', { name: t('ui.field.days') }) as HTMLInputElement;
    expect([field.type, field.min, field.step, field.inputMode]).toEqual(['number', '1', '1', 'numeric']);
    expect(field.value).toBe('7');
    const user = userEvent.setup();
    await user.clear(field);
    await user.type(field, '12');
    expect(days.value).toBe('12');
  });

  it('offer choices in a drop-down whose first option chooses nothing', async () => {
    const forms = new Forms();
    const ground = forms.text('refuse-R1', 'ground');
    render(
      <SelectField
        form="refuse-R1"
        name="ground"
        label={t('ui.field.ground')}
        choices={[
          { value: 'national', label: 'National' },
          { value: 'bank-secrecy', label: 'Bank secrecy' },
        ]}
        value={ground}
      />,
    );
    const select = screen.getByRole('combobox', { name: t('ui.field.ground') }) as HTMLSelectElement;
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([t('ui.form.choose'), 'National', 'Bank secrecy']);
    await userEvent.setup().selectOptions(select, 'bank-secrecy');
    expect(ground.value).toBe('bank-secrecy');
  });

  it('group checkboxes under a legend, keep what is ticked in the order ticked, and say when there is nothing', async () => {
    const forms = new Forms();
    const chosen = forms.list('claim', 'bases');
    const { rerender } = render(
      <Checkboxes
        form="claim"
        name="bases"
        legend={t('ui.field.bases')}
        choices={[
          { value: 'territory', label: 'Territory' },
          { value: 'offender-nationality', label: 'Nationality', hint: 'of the offender' },
        ]}
        value={chosen}
      />,
    );
    const group = screen.getByRole('group', { name: t('ui.field.bases') });
    const user = userEvent.setup();
    await user.click(within(group).getByRole('checkbox', { name: 'Nationality' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Territory' }));
    expect(chosen.value).toEqual(['offender-nationality', 'territory']);
    expect(
      within(group).getByRole('checkbox', { name: 'Nationality', description: '— of the offender' }).id,
    ).toBe('claim--bases-offender-nationality');
    await user.click(within(group).getByRole('checkbox', { name: 'Nationality' }));
    expect(chosen.value).toEqual(['territory']);

    rerender(
      <Checkboxes form="claim" name="bases" legend={t('ui.field.bases')} choices={[]} value={chosen} />,
    );
    expect(screen.getByText(t('ui.form.nothing-to-choose'))).toBeTruthy();
  });

  it('make a single checkbox with its label and hint', async () => {
    const forms = new Forms();
    const urgent = forms.flag('compose', 'urgent');
    render(
      <Checkbox
        form="compose"
        name="urgent"
        label={t('ui.composer.urgent')}
        hint={t('ui.composer.oral-hint')}
        value={urgent}
      />,
    );
    const box = screen.getByRole('checkbox', {
      name: t('ui.composer.urgent'),
      description: t('ui.composer.oral-hint'),
    });
    await userEvent.setup().click(box);
    expect(urgent.value).toBe(true);
  });
});

describe('the drafts the screen keeps', () => {
  it('outlive the field: a field drawn again shows what was typed', async () => {
    const forms = new Forms();
    const field = () => (
      <TextField
        form="share"
        name="conditions"
        label={t('ui.field.conditions')}
        value={forms.text('share', 'conditions')}
      />
    );
    const first = render(field());
    await userEvent.setup().type(screen.getByRole('textbox'), 'Police use only');
    first.unmount();
    render(field());
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('Police use only');
  });

  it('go back to their first values when the form is reset, and other forms keep theirs', () => {
    const forms = new Forms();
    forms.text('postpone-R1', 'days', '7').value = '30';
    forms.list('postpone-R1', 'evidence').value = ['logs'];
    forms.flag('postpone-R1', 'urgent').value = true;
    forms.text('share', 'to').value = 'borealis';
    forms.reset('postpone-R1');
    expect(forms.text('postpone-R1', 'days').value).toBe('7');
    expect(forms.list('postpone-R1', 'evidence').value).toEqual([]);
    expect(forms.flag('postpone-R1', 'urgent').value).toBe(false);
    expect(forms.text('share', 'to').value).toBe('borealis');
    forms.reset('never-drawn');
  });
});

/** The open-case form, as the case file has it: its own check names the field at fault. */
function OpenCase({ forms, send }: { forms: Forms; send: (command: Command) => Promise<Answer> }) {
  const title = forms.text('open-case', 'title');
  const offences = forms.list('open-case', 'offences');
  return (
    <ActionForm
      forms={forms}
      formId="open-case"
      title={t('ui.form.open-case')}
      description={t('ui.form.take-measure.hint')}
      submit={t('ui.form.open-case.submit')}
      send={send}
      command={(): Command | Problem => {
        if (!title.value) return { problem: t('ui.form.need-title-offences'), field: 'title' };
        if (offences.value.length === 0)
          return { problem: t('ui.form.need-title-offences'), field: 'offences' };
        return { type: 'openCase', title: title.value, offences: [...offences.value] };
      }}
    >
      <TextField form="open-case" name="title" label={t('ui.field.case-title')} value={title} />
      <Checkboxes
        form="open-case"
        name="offences"
        legend={t('ui.field.offences')}
        choices={[{ value: 'credential-phishing', label: 'Credential phishing' }]}
        value={offences}
      />
    </ActionForm>
  );
}

describe('an action form', () => {
  it('is a form named by its heading, described, with its fields and one button to send it', () => {
    render(<OpenCase forms={new Forms()} send={server().send} />);
    const form = screen.getByRole('form', { name: t('ui.form.open-case') });
    expect(form.getAttribute('data-form')).toBe('open-case');
    expect(within(form).getByText(t('ui.form.take-measure.hint'))).toBeTruthy();
    expect(
      within(form)
        .getByRole('button', { name: t('ui.form.open-case.submit') })
        .getAttribute('type'),
    ).toBe('submit');
  });

  it('sends nothing when its own check fails: it says why and takes the keyboard to the first field at fault', async () => {
    const forms = new Forms();
    const { sent, send } = server();
    render(<OpenCase forms={forms} send={send} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('ui.form.open-case.submit') }));
    expect(sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain(t('ui.form.need-title-offences'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: t('ui.field.case-title') }));

    await user.type(document.activeElement as HTMLElement, 'Harbourline');
    await user.click(screen.getByRole('button', { name: t('ui.form.open-case.submit') }));
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Credential phishing' }));
  });

  it('takes the keyboard to the ruling when no field is at fault', async () => {
    const forms = new Forms();
    render(
      <ActionForm
        forms={forms}
        formId="claim"
        title={t('ui.form.claim')}
        submit={t('ui.form.claim.submit')}
        send={server().send}
        command={() => ({ problem: t('ui.form.need-offence-bases') })}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.form.claim.submit') }));
    const ruling = screen.getByRole('alert');
    expect(ruling.textContent).toContain(t('ui.form.need-offence-bases'));
    expect(document.activeElement).toBe(ruling);
  });

  it('says it is sending, sends once however often pressed, then shows the answer, takes the keyboard there and clears its drafts', async () => {
    const forms = new Forms();
    const remote = server();
    forms.text('open-case', 'title').value = 'Harbourline';
    forms.list('open-case', 'offences').value = ['credential-phishing'];
    render(<OpenCase forms={forms} send={remote.send} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: t('ui.form.open-case.submit') });
    await user.click(button);
    expect(button.textContent).toBe(t('ui.form.sending'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('form').getAttribute('aria-busy')).toBe('true');
    // Still focusable while sending: the keyboard is not thrown out of the form.
    expect(document.activeElement).toBe(button);
    await user.click(button);
    expect(remote.sent).toEqual([OPEN_CASE]);

    await remote.answer({ ok: true, events: 2 });
    const done = screen.getByRole('status');
    expect(done.textContent).toBe(`✔ ${t('ui.form.accepted')}`);
    expect(done.classList.contains('ok')).toBe(true);
    expect(document.activeElement).toBe(done);
    expect(button.textContent).toBe(t('ui.form.open-case.submit'));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect((screen.getByRole('textbox', { name: t('ui.field.case-title') }) as HTMLInputElement).value).toBe(
      '',
    );
    expect(forms.list('open-case', 'offences').value).toEqual([]);
  });

  it('shows a ruling against it with its article, why, how sure the wording is and the rule, and keeps the drafts', async () => {
    const forms = new Forms();
    const remote = server();
    forms.text('open-case', 'title').value = 'Harbourline';
    forms.list('open-case', 'offences').value = ['credential-phishing'];
    render(<OpenCase forms={forms} send={remote.send} />);
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.form.open-case.submit') }));
    await remote.answer(BANK_SECRECY);
    const ruling = screen.getByRole('alert');
    expect(document.activeElement).toBe(ruling);
    expect(ruling.classList.contains('rejected')).toBe(true);
    const text = ruling.textContent ?? '';
    expect(text).toContain(`✖ ${t('ui.form.rejected')} Art. 40`);
    expect(text).toContain('Bank secrecy');
    // The rule's summary, from the rules' own part of the catalogue (not in the screens' first one).
    expect(text).toContain('Assistance may not be refused on the ground of bank secrecy.');
    // The rule by its title, never its id.
    expect(text).toContain(t('ui.form.rule', { rule: ruleText('mla.refusal.bank-secrecy', 'title') }));
    expect(text).not.toContain('mla.refusal.bank-secrecy');
    expect(ruling.querySelector('[data-provenance="model"]')?.textContent).toContain(
      t('provenance.mark.model'),
    );
    expect(forms.text('open-case', 'title').value).toBe('Harbourline');
  });

  it('keeps its drafts after success when told to', async () => {
    const forms = new Forms();
    const remote = server();
    const message = forms.text('message-C1', 'text');
    message.value = 'We agree';
    render(
      <ActionForm
        forms={forms}
        formId="message-C1"
        title={t('ui.form.reply')}
        submit={t('ui.form.reply.submit')}
        send={remote.send}
        keepDrafts
        command={() => ({ type: 'sendConsultationMessage', consultationId: 'C1', text: message.value })}
      >
        <TextField form="message-C1" name="text" label={t('ui.field.message')} value={message} />
      </ActionForm>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.form.reply.submit') }));
    await remote.answer({ ok: true, events: 1 });
    expect(message.value).toBe('We agree');
  });

  it('reports elsewhere when told to (a form that goes once it has worked), and the keyboard follows', async () => {
    const forms = new Forms();
    const remote = server();
    render(
      <>
        <AnswerSlot forms={forms} at="request:R1" request="R1" />
        <ActionForm
          forms={forms}
          formId="execute-R1"
          title={t('ui.action.execute')}
          submit={t('ui.action.execute.submit')}
          send={remote.send}
          reportTo="request:R1"
          command={() => ({ type: 'executeRequest', requestId: 'R1' })}
        />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('ui.action.execute.submit') }));
    await remote.answer(BANK_SECRECY);
    const slot = document.querySelector('[data-request-result="R1"]') as HTMLElement;
    const ruling = within(slot).getByRole('alert');
    expect(document.activeElement).toBe(ruling);
    // Only there: the form itself shows no second copy.
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    // Sent again, the old ruling goes while the new answer is awaited.
    await user.click(screen.getByRole('button', { name: t('ui.action.execute.submit') }));
    expect(within(slot).queryByRole('alert')).toBeNull();
    await remote.answer({ ok: true, events: 1 });
    expect(document.activeElement).toBe(within(slot).getByRole('status'));
  });

  it('does not take the keyboard to an answer nobody can see', async () => {
    const forms = new Forms();
    const remote = server();
    const { unmount } = render(
      <ActionForm
        forms={forms}
        formId="execute-R1"
        title={t('ui.action.execute')}
        submit={t('ui.action.execute.submit')}
        send={remote.send}
        reportTo="request:R1"
        command={() => ({ type: 'executeRequest', requestId: 'R1' })}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.action.execute.submit') }));
    unmount();
    await remote.answer({ ok: true, events: 1 });
    expect(forms.focus.value).toBeNull();
    // Shown when the request is opened again, without taking the keyboard.
    render(<AnswerSlot forms={forms} at="request:R1" request="R1" />);
    expect(screen.getByRole('status')).not.toBe(document.activeElement);
  });
});

describe('the provenance note', () => {
  const levelOf = (id: string) => (isRuleId(id) ? provenanceOf(RULES[id]).level : null);

  it('marks wording taken from a model clause, in words beside a symbol hidden from screen readers', () => {
    expect(levelOf('mla.refusal.bank-secrecy')).toBe('model');
    const { container } = render(<ProvenanceNote ruleId="mla.refusal.bank-secrecy" />);
    const note = container.querySelector('.provenance') as HTMLElement;
    expect(note.getAttribute('data-provenance')).toBe('model');
    expect(within(note).getByText(t('provenance.mark.model'))).toBeTruthy();
    expect(note.querySelector('[aria-hidden="true"]')?.textContent).toBe(
      provenanceOf(RULES['mla.refusal.bank-secrecy']).symbol,
    );
  });

  it('marks recalled wording, and says nothing of checked wording or of no rule', () => {
    expect(levelOf('data.lost-after-retention')).toBe('recalled');
    expect(levelOf('sovereignty.no-action-abroad')).toBe('convention');
    const { container } = render(
      <>
        <ProvenanceNote ruleId="data.lost-after-retention" />
        <ProvenanceNote ruleId="sovereignty.no-action-abroad" />
        <ProvenanceNote ruleId="no.such-rule" />
        <ProvenanceNote ruleId={null} />
      </>,
    );
    const notes = container.querySelectorAll('.provenance');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.getAttribute('data-provenance')).toBe('recalled');
    expect(notes[0]?.textContent).toContain(t('provenance.mark.recalled'));
  });
});

import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createRef } from 'preact';
import { describe, expect, it } from 'vitest';
import { NameField } from './name-field.js';

function mount(busy: boolean, problem: string | null) {
  const value = signal('');
  const input = createRef<HTMLInputElement>();
  render(
    <form aria-label="Join">
      <NameField
        label="Team name"
        hint="As the room will see it"
        name="team"
        autocomplete="organization"
        value={value}
        input={input}
        submit="Join"
        busy={busy}
        problem={problem}
      />
    </form>,
  );
  return { value, input };
}

describe('the name field of a join form', () => {
  it('is labelled and described, and what is typed is the name', async () => {
    const { value, input } = mount(false, null);
    const box = screen.getByRole('textbox', { name: 'Team name' });
    expect(box).toBe(input.current);
    expect(screen.getByText('As the room will see it').id).toBe(box.getAttribute('aria-describedby'));
    expect(box.getAttribute('maxlength')).toBe('40');
    await userEvent.type(box, 'Table 3');
    expect(value.value).toBe('Table 3');
    expect(screen.getByRole('button', { name: 'Join' }).getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the button is busy while the seat is being taken, and reads a refusal out', () => {
    mount(true, 'No session has this code.');
    expect(screen.getByRole('button', { name: 'Join' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('No session has this code.');
  });
});

import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { rich } from './rich.js';

describe('rich', () => {
  it('draws the parts where the sentence puts them, in the order its language gives', () => {
    const english = ({ country, when }: Record<string, string>) => `${country}, ${when}: a request went out.`;
    const reversed = ({ country, when }: Record<string, string>) => `${when} — ${country} sent a request.`;
    const parts = { country: <strong>Aldoria</strong>, when: 'Day 1, 09:00' };
    const first = render(<p>{rich(english, parts)}</p>).container;
    expect(first.textContent).toBe('Aldoria, Day 1, 09:00: a request went out.');
    expect(first.querySelector('p')?.firstChild?.textContent).toBe('Aldoria');
    const second = render(<p>{rich(reversed, parts)}</p>).container;
    expect(second.textContent).toBe('Day 1, 09:00 — Aldoria sent a request.');
    expect(second.querySelector('strong')?.textContent).toBe('Aldoria');
  });

  it('keeps the text as it is when no part is named in it', () => {
    const { container } = render(<p>{rich(() => 'Nothing to draw.', { country: <strong>X</strong> })}</p>);
    expect(container.textContent).toBe('Nothing to draw.');
    expect(container.querySelector('strong')).toBeNull();
  });
});

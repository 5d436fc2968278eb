import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { inlineAnalyst } from './analyst.js';
import { BROKEN, TEMPLATE } from './fixtures.js';
import { PreviewPanel } from './preview.js';

describe('the studio’s preview as a participant', () => {
  it('shows the first country’s briefing as the team screen does, and offers the others', async () => {
    const onCountry = vi.fn();
    render(<PreviewPanel preview={await inlineAnalyst().preview(TEMPLATE, null)} onCountry={onCountry} />);
    expect(screen.getByRole('heading', { level: 2, name: 'The fake shop' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your briefing (Westland)' })).toBeTruthy();
    expect(screen.getByText(/^You are Westland's cybercrime unit./)).toBeTruthy();
    expect(screen.getByText('Preserve the hosting logs before they are deleted')).toBeTruthy();
    // The opening case file, as the team's own panel shows it: what Westland knows from the start.
    const casefile = screen.getByRole('region', { name: 'The opening case file' });
    expect(within(casefile).getByRole('heading', { name: 'Case file' })).toBeTruthy();
    expect(within(casefile).getByText('Eastgate Hosting account logs')).toBeTruthy();
    // Read-only: no button acts for the team.
    expect(within(casefile).queryByRole('button', { name: /Open a case|Take the measure|Share/ })).toBeNull();
    const country = screen.getByLabelText('Country to preview') as HTMLSelectElement;
    expect([...country.options].map((option) => option.textContent)).toEqual(['Westland', 'Eastland']);
    await userEvent.selectOptions(country, 'eastland');
    expect(onCountry).toHaveBeenCalledWith('eastland');
  });

  it('shows the country asked for, in place of the one shown before', async () => {
    const { rerender } = render(
      <PreviewPanel preview={await inlineAnalyst().preview(TEMPLATE, null)} onCountry={() => undefined} />,
    );
    rerender(
      <PreviewPanel
        preview={await inlineAnalyst().preview(TEMPLATE, 'eastland')}
        onCountry={() => undefined}
      />,
    );
    expect(screen.queryByRole('heading', { name: 'Your briefing (Westland)' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your briefing (Eastland)' })).toBeTruthy();
    expect(
      screen.getByText(/You are Eastland\. Your hosting companies keep logs for a short time/),
    ).toBeTruthy();
  });

  it('has nothing to show for a draft with errors, and says so', async () => {
    render(
      <PreviewPanel preview={await inlineAnalyst().preview(BROKEN, null)} onCountry={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The draft has errors (1): there is nothing to preview yet. Fix the problems listed above first.',
    );
  });
});

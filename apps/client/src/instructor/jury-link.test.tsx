import type { SeatsInfo } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { JuryLink } from './jury-link.js';

const seats = (jury?: SeatsInfo['jury']): SeatsInfo => ({
  countries: {},
  observersSeeAll: false,
  ...(jury ? { jury } : {}),
});
const KEY = 'jury-key-0123456789abcdef';

describe('the jury’s link in the console', () => {
  it('gives the jurors’ own link, with the jury’s key, at the room’s address', () => {
    render(
      <JuryLink
        code="JURY01"
        base={signal('http://192.168.1.20:3000/')}
        seats={signal(seats({ key: KEY, jurors: {} }))}
      />,
    );
    const region = screen.getByRole('region', { name: t('ui.console.jury-link') });
    const link = within(region).getByRole('link');
    expect(link.getAttribute('href')).toBe(`http://192.168.1.20:3000/jury/JURY01#${KEY}`);
    expect(link.textContent).toBe(`http://192.168.1.20:3000/jury/JURY01#${KEY}`);
    expect(within(region).getByText(t('ui.console.no-jurors'))).toBeTruthy();
  });

  it('lists each juror by the name they gave, with their devices online, as text', () => {
    render(
      <JuryLink
        code="JURY01"
        base={signal(null)}
        seats={signal(
          seats({
            key: KEY,
            jurors: {
              '@juror-1': { name: '<i>Judge</i> Amara', online: 1 },
              '@juror-2': { name: 'Prof. Lind', online: 0 },
            },
          }),
        )}
      />,
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe(`/jury/JURY01#${KEY}`);
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['<i>Judge</i> Amara', '1'],
      ['Prof. Lind', '0'],
    ]);
    expect(document.querySelector('i')).toBeNull();
    expect(document.body.textContent).not.toContain('@juror');
  });

  it('is not there outside a moot court', () => {
    const { container } = render(<JuryLink code="JURY01" base={signal(null)} seats={signal(seats())} />);
    expect(container.textContent).toBe('');
  });
});

import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DayTimeFields, dayTimeMinutes } from './day-time-fields.js';

describe('a game time typed as a day and a time of day', () => {
  it('is the game minute the clock would show it at, day 1 being the first', () => {
    expect(dayTimeMinutes('1', '00:00')).toBe(0);
    expect(dayTimeMinutes('11', '20:00')).toBe(10 * 1440 + 20 * 60);
    expect(dayTimeMinutes(' 2 ', '09:05')).toBe(1440 + 9 * 60 + 5);
  });

  it('is no time while either part is missing or not whole', () => {
    for (const [day, time] of [
      ['', '10:00'],
      ['0', '10:00'],
      ['1.5', '10:00'],
      ['2', ''],
      ['2', '24:00'],
      ['2', '10:60'],
      ['2', '10'],
      ['2', '10:00:00'],
    ] as const)
      expect(dayTimeMinutes(day, time), `${day} ${time}`).toBeNull();
  });

  it('draws two labelled controls under one legend, described by the hint, each reporting what is typed', async () => {
    const typed: string[] = [];
    render(
      <DayTimeFields
        id="when"
        legend="When"
        labels={{ day: 'Day', time: 'Time' }}
        names={{ day: 'whenDay', time: 'whenTime' }}
        day=""
        time=""
        onDay={(text) => typed.push(`day ${text}`)}
        onTime={(text) => typed.push(`time ${text}`)}
        hint="Still ahead."
      />,
    );
    const group = screen.getByRole('group', { name: 'When' });
    const day = screen.getByRole('spinbutton', { name: 'Day', description: 'Still ahead.' });
    expect(group.contains(day)).toBe(true);
    expect(day.getAttribute('name')).toBe('whenDay');
    expect(screen.getByLabelText('Time').getAttribute('name')).toBe('whenTime');
    await userEvent.setup().type(day, '4');
    expect(typed).toEqual(['day 4']);
  });
});

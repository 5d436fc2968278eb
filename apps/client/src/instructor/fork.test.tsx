import { signal } from '@preact/signals';
import { fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { ConsoleFork, ForkForm } from './fork.js';

const DAY = 24 * 60;

type Answer = Awaited<ReturnType<NonNullable<Parameters<typeof ForkForm>[0]['fork']>>>;

const started = (code: string): Answer => ({
  ok: true,
  body: {
    session: { id: 'fork-id', code, scenarioId: 'tutorial', title: 'Tutorial', status: 'open' },
    links: {},
    observer: `/watch/${code}`,
  },
});

function mount(answer: Answer, at = DAY + 9 * 60 + 30) {
  const time = signal(at);
  const fork = vi.fn(async (_key: string, _id: string, _at: number) => answer);
  const navigate = vi.fn();
  render(<ForkForm apiKey="key" sessionId="original-id" at={time} navigate={navigate} fork={fork} />);
  return { time, fork, navigate };
}

describe('the fork control', () => {
  it('is a labelled form: the game time as a day and a time, and a button that starts the new session', async () => {
    const { fork, navigate } = mount(started('NEW123'));
    const form = screen.getByRole('form', { name: t('ui.fork.title') });
    expect(form).toBeTruthy();
    expect(screen.getByRole('group', { name: t('ui.fork.when') })).toBeTruthy();
    const day = screen.getByRole('spinbutton', { name: t('ui.field.day') }) as HTMLInputElement;
    const time = screen.getByLabelText(t('ui.field.time-of-day')) as HTMLInputElement;
    // It starts at the time it is given (the replay's, or the clock's): day 2, 09:30.
    expect([day.value, time.value]).toEqual(['2', '09:30']);
    await userEvent.click(screen.getByRole('button', { name: t('ui.fork.submit') }));
    expect(fork).toHaveBeenCalledWith('key', 'original-id', DAY + 9 * 60 + 30);
    expect(await screen.findByText(t('ui.fork.done', { code: 'NEW123', when: 'Day 2, 09:30' }))).toBeTruthy();
    const link = screen.getByRole('link', { name: t('ui.fork.open', { code: 'NEW123' }) });
    expect(link.getAttribute('href')).toBe('/instructor/NEW123');
    await userEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/instructor/NEW123');
  });

  it('asks for the time typed, which moves the time it shares (the replay’s)', async () => {
    const { fork, time } = mount(started('NEW123'), 0);
    const day = screen.getByRole('spinbutton', { name: t('ui.field.day') });
    await userEvent.clear(day);
    // Half typed (empty): the time stays where it was.
    expect(time.value).toBe(0);
    await userEvent.type(day, '3');
    fireEvent.input(screen.getByLabelText(t('ui.field.time-of-day')), { target: { value: '14:05' } });
    expect(time.value).toBe(2 * DAY + 14 * 60 + 5);
    await userEvent.click(screen.getByRole('button', { name: t('ui.fork.submit') }));
    expect(fork).toHaveBeenCalledWith('key', 'original-id', 2 * DAY + 14 * 60 + 5);
  });

  it('says why no session was started, in the server’s words, and offers no link', async () => {
    const problem =
      'Session ABC123 cannot be forked at Day 9, 00:00: it has not been played that far. Choose a time between Day 1, 00:00 and Day 4, 00:00.';
    mount({ ok: false, status: 422, message: problem });
    await userEvent.click(screen.getByRole('button', { name: t('ui.fork.submit') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui.fork.failed', { problem }));
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('in the console, starts at the game time the console shows, for the session it runs', () => {
    const session = signal({
      id: 's-1',
      code: 'ABC123',
      scenarioId: 'tutorial',
      title: 'T',
      status: 'open' as const,
    });
    render(<ConsoleFork apiKey="key" session={session} minutes={signal(3 * DAY + 61)} />);
    expect((screen.getByRole('spinbutton', { name: t('ui.field.day') }) as HTMLInputElement).value).toBe('4');
    expect((screen.getByLabelText(t('ui.field.time-of-day')) as HTMLInputElement).value).toBe('01:01');
    expect(screen.getByRole('button', { name: t('ui.fork.submit') })).toBeTruthy();
  });
});

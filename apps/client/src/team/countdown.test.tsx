import { signal } from '@preact/signals';
import { act, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { dayAndTime, dayTime, span } from '../time.js';
import { Countdown } from './countdown.js';

const HOUR = 60;

describe('a countdown', () => {
  it('says the phrase around the time left, the time left a text node of its own', () => {
    const minutes = signal(0);
    const { container } = render(
      <p>
        <Countdown minutes={minutes} at={5 * HOUR} phrase={(left) => t('ui.evidence.deleted-in', { left })} />
      </p>,
    );
    const paragraph = container.querySelector('p') as HTMLElement;
    expect(paragraph.textContent).toBe(t('ui.evidence.deleted-in', { left: span(5 * HOUR) }));
    const nodes = [...paragraph.childNodes].map((node) => node.textContent);
    expect(nodes).toContain(span(5 * HOUR));
  });

  it('writes that node only when the text it shows changes, and nothing else', () => {
    const minutes = signal(0);
    const { container } = render(
      <p>
        <Countdown minutes={minutes} at={5 * HOUR} phrase={(left) => `◔ ${left}`} />
      </p>,
    );
    const observer = new MutationObserver(() => {});
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    act(() => {
      minutes.value = 20;
    });
    expect(observer.takeRecords()).toEqual([]);
    act(() => {
      minutes.value = 40;
    });
    const written = observer.takeRecords();
    expect(written.map((record) => [record.type, record.target.textContent])).toEqual([
      ['characterData', span(5 * HOUR - 40)],
    ]);
    expect(container.textContent).toBe(`◔ ${span(4 * HOUR)}`);
  });

  it('counts to a new moment when given one, and says a passed one as nothing left', () => {
    const minutes = signal(0);
    const { container, rerender } = render(<Countdown minutes={minutes} at={HOUR} phrase={(left) => left} />);
    expect(container.textContent).toBe(span(HOUR));
    rerender(<Countdown minutes={minutes} at={3 * HOUR} phrase={(left) => `in ${left}`} />);
    expect(container.textContent).toBe(`in ${span(3 * HOUR)}`);
    act(() => {
      minutes.value = 4 * HOUR;
    });
    expect(container.textContent).toBe(`in ${span(0)}`);
  });
});

describe('a moment of the game', () => {
  it('is said as its day and time, from the catalogue', () => {
    expect(dayTime(0)).toBe(t('ui.time.day-time', dayAndTime(0)));
    expect(dayTime(24 * HOUR + 90)).toBe(t('ui.time.day-time', { day: 2, time: '01:30' }));
  });
});

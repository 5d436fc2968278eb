import { describe, expect, it } from 'vitest';
import { focusIn } from './target.js';

function panel(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('where the keyboard goes once a target is open', () => {
  const page = panel(`
    <article data-request-detail="req-3"><h3 tabindex="-1">Request</h3>
      <div class="request-actions"><form data-form="acknowledge-req-3"><button>Acknowledge</button></form>
      <form data-form="accept-conditions-req-3"><button>Accept</button></form></div>
    </article>`);

  it('goes to the form named, then to the request’s first action, then to its heading', () => {
    expect(
      focusIn(page, { tab: 'requests', request: 'req-3', form: 'accept-conditions-req-3' })?.textContent,
    ).toBe('Accept');
    expect(focusIn(page, { tab: 'requests', request: 'req-3' })?.textContent).toBe('Acknowledge');
    const bare = panel('<article data-request-detail="req-3"><h3>Request</h3></article>');
    expect(focusIn(bare, { tab: 'requests', request: 'req-3' })?.tagName).toBe('H3');
  });

  it('leaves it to the panel when nothing named is there', () => {
    expect(focusIn(page, { tab: 'casefile' })).toBeNull();
    expect(focusIn(page, { tab: 'requests', form: 'gone' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { tokenStore } from './tokens.js';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('seat tokens in the browser', () => {
  it('are kept per join code and seat, whatever the case of the code', () => {
    const store = tokenStore(memory());
    store.set('k7pq2m', { kind: 'country', country: 'aldoria' }, 'token-a');
    store.set('K7PQ2M', { kind: 'country', country: 'borealis' }, 'token-b');
    expect(store.get('K7PQ2M', { kind: 'country', country: 'aldoria' })).toBe('token-a');
    expect(store.get('K7PQ2M', { kind: 'country', country: 'borealis' })).toBe('token-b');
    expect(store.get('OTHER1', { kind: 'country', country: 'aldoria' })).toBeNull();
    store.forget('K7PQ2M', { kind: 'country', country: 'aldoria' });
    expect(store.get('K7PQ2M', { kind: 'country', country: 'aldoria' })).toBeNull();
  });
});

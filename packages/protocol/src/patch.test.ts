import * as engine from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError, type PatchOp, TEMPLATES } from './index.js';

/**
 * The patch format is defined once, in the engine, which makes the patches (its tests are in
 * packages/engine/src/view/patch.test.ts); clients take it from here. These check that what they
 * take is that one definition, and that an update as PROTOCOL.md shows it applies.
 */
describe('view patches, as clients take them', () => {
  it('are the engine’s own: one format, one error class', () => {
    expect(applyPatch).toBe(engine.applyPatch);
    expect(PatchError).toBe(engine.PatchError);
    expect(TEMPLATES).toBe(engine.TEMPLATES);
  });

  it('apply the operations of PROTOCOL.md, a new request from its template', () => {
    const view = {
      requests: { 'req-7': { status: 'received' } },
      consultations: { 'consult-3': { messages: [1] } },
    };
    const patch: PatchOp[] = [
      { op: 'set', path: ['requests', 'req-7', 'status'], value: 'executed' },
      { op: 'append', path: ['consultations', 'consult-3', 'messages'], values: [2] },
      { op: 'set', path: ['requests', 'req-8'], value: { id: 'req-8', urgent: true }, template: 'requests' },
      { op: 'delete', path: ['requests', 'req-7'] },
    ];
    expect(applyPatch(view, patch)).toEqual({
      requests: { 'req-8': { ...engine.requestDefaults(), id: 'req-8', urgent: true } },
      consultations: { 'consult-3': { messages: [1, 2] } },
    });
    const later = { op: 'rotate', path: [] } as unknown as PatchOp;
    expect(() => applyPatch(view, [later])).toThrow(PatchError);
  });
});

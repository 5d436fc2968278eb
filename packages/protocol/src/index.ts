export * from './messages.js';
export { applyPatch, diff, type PatchOp } from './patch.js';

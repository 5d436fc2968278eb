/**
 * View patches: what the server's `update` carries and how a client applies it. The format is
 * defined once, in the engine (`packages/engine/src/view/patch.ts`), which makes the patches;
 * it is re-exported here so that clients keep taking the whole wire contract from this package.
 */
export { applyPatch, PatchError, type PatchOp, TEMPLATES, type TemplateName } from '@crossborder/engine';

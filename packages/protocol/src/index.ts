export * from './messages.js';
export { applyPatch, diff, diffEntry, type PatchOp, TEMPLATES, type TemplateName } from './patch.js';

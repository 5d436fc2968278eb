export * from './messages.js';
export {
  applyPatch,
  diff,
  diffEntry,
  PatchError,
  type PatchOp,
  TEMPLATES,
  type TemplateName,
} from './patch.js';

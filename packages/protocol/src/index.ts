export * from './bot-think.js';
export * from './fork.js';
export * from './http.js';
export * from './messages.js';
export { applyPatch, PatchError, type PatchOp, TEMPLATES, type TemplateName } from './patch.js';
export * from './progress.js';
export * from './upload.js';

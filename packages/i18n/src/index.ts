export { EN } from './en.js';
export { type Catalogue, fill, type Params, translate, translateOr } from './format.js';

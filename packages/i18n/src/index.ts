export { EN } from './en.js';
export { type Catalogue, fill, type Params, translate } from './format.js';

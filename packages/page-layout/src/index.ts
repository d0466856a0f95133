export { pageRenderer, type PageContext, type PageRenderer } from './render.js';
export { euro, italianDate, italianDateTime } from './format.js';

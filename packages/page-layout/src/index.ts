export { pageRenderer, type PageContext, type PageRenderer } from './render.js';
export { dateInputValue, euro, isoDateOfTyped, italianDate, italianDateTime } from './format.js';

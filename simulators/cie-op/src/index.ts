export { createCieOp, type CieOpOptions, type CieUser } from './op.js';

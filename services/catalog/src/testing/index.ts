export { generateAwards, generateContracts } from './generated-contracts.js';

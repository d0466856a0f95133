export * from './pec-provider.js';
export type { PanelAccount, OutsideOrder, Box, Case } from './partner-panels.js';

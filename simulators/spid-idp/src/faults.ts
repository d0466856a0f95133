/** Faulty responses the simulator can be told to produce next, to prove the SP refuses each one. */
export const faults = [
  'unsigned-assertion',
  'signature-wrapping',
  'wrong-in-response-to',
  'replay',
  'expired',
  'wrong-audience',
  'wrong-recipient',
  'lower-level',
] as const;

export type Fault = (typeof faults)[number];

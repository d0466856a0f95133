/**
 * "Tipo di appalto" from the contract's main CPV division (alias `c`): 45 works, 49 and above
 * services, the rest supplies.
 */
export const procurementTypeSql =
  `CASE WHEN left(c.cpv[1], 2) = '45' THEN 'Lavori' WHEN left(c.cpv[1], ` +
  `2)::int >= 49 THEN 'Servizi' ELSE 'Forniture' END`;

export const procurementTypes = ['Forniture', 'Servizi', 'Lavori'] as const;

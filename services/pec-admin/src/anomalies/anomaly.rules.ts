import { z } from 'zod';

/** What an Order may find wrong in its panel (seed 004, "Segnalazione anomalie"). */
export const anomalyKinds = {
  'non-di-competenza': "Casella assegnata per errore al pannello dell'Ordine",
  mancante: "Casella di un iscritto assente dal pannello dell'Ordine",
  'dati-errati': 'Dati del titolare errati presso il gestore',
} as const;
export type AnomalyKind = keyof typeof anomalyKinds;

export const newAnomalySchema = z.strictObject({
  kind: z.enum(Object.keys(anomalyKinds) as [AnomalyKind, ...AnomalyKind[]], {
    error: 'Indica il tipo di anomalia.',
  }),
  address: z
    .email('Indirizzo PEC non valido.')
    .max(254)
    .transform((value) => value.toLowerCase())
    .optional(),
  description: z.string().trim().min(10, "Descrivi l'anomalia (almeno 10 caratteri).").max(2000),
});

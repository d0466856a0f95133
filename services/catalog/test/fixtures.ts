/** The agencies and the contract the catalog's tests enter. */
export const regione = '0b5f5d6e-1c1a-4b7e-9d4e-000000000001';
export const comune = '0b5f5d6e-1c1a-4b7e-9d4e-000000000002';

/** Sistema Cloud Toscana (seed 001) as the RUP of Regione Toscana would enter it. */
export const cloudToscana = {
  kind: 'accordo-quadro',
  title: 'Sistema Cloud Toscana — servizi di cloud computing per le amministrazioni toscane',
  description:
    'Accordo quadro per servizi infrastrutturali e applicativi in cloud, migrazione e gestione dei servizi degli enti del territorio.',
  cig: '7154112FF8',
  cup: 'D11B17000180002',
  cpv: ['72000000-5', '72500000-0'],
  lots: [{ number: 1, title: 'Servizi cloud', amountCents: 5_000_000_000 }],
  rup: { name: 'Gaio Giulio Cesare', fiscalCode: 'CSRGGL70A01D612B' },
  ceilingCents: 5_000_000_000,
  startDate: '2017-10-02',
  expiryDate: '2027-10-02',
  supplier: {
    name: 'Servizi Integrati S.p.A.',
    fiscalCode: '12345678903',
    pec: 'gare@pec.serviziintegrati.example',
  },
  documents: [
    { title: 'Manifestazione di interesse (modello)' },
    { title: 'Atto di adesione (modello)' },
  ],
  rounds: [
    {
      title: 'Fase 0 — Manifestazione di interesse',
      documents: [
        { name: 'Manifestazione di interesse', signed: true },
        { name: 'Piano dei fabbisogni', ipotesi: 'B' },
      ],
    },
    {
      title: 'Fase 1 — Progetto dei fabbisogni',
      documents: [{ name: 'Progetto dei fabbisogni', ipotesi: 'B', signed: true }],
    },
  ],
  orderRequirements: [{ name: 'Contratto attuativo firmato', signed: true }],
};

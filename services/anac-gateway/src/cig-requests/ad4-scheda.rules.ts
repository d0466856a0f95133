import { centsToEuro } from '@app/italian-codes';
import type { CigRequestData } from './cig-request.schema.js';
import { contractObjects } from './coded-fields.rules.js';

const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });
const day = (date: string) => `${date}T00:00:00Z`;

type Lot = CigRequestData['lots'][number];

/**
 * One `aggiudicazione` of the AD4: ANAC's codes, the supplier as the only participant, and the
 * optional data we have.
 */
function aggiudicazione(data: CigRequestData & { participantId: string }, lot: Lot) {
  return {
    lotIdentifier: lot.lotIdentifier,
    afferenteInvestimentiPNRR: data.pnrr,
    ccnl: tipologica('ccnl', lot.ccnl),
    categoria: tipologica('categoria', lot.category),
    codIstat: tipologica('codIstat', lot.istat),
    ...(lot.secondaryCategories.length
      ? {
          categoriaScorporabile: lot.secondaryCategories.map((code) =>
            tipologica('categoria', code),
          ),
        }
      : {}),
    ...(lot.cup ? { acquisizioneCup: true, cupLotto: [lot.cup] } : {}),
    datiBase: {
      oggetto: lot.subject,
      oggettoContratto: tipologica('oggettoContratto', contractObjects[lot.contractObject]),
    },
    datiBaseAggiudicazioneAppalto: { dataAggiudicazione: day(data.adhesionDate) },
    datiBaseCPV: {
      tipoClassificazione: tipologica('tipoClassificazione', 'cpv'),
      cpvPrevalente: tipologica('CPV', lot.cpv),
      ...(lot.secondaryCpv.length
        ? { cpvSecondarie: lot.secondaryCpv.map((code) => tipologica('CPV', code)) }
        : {}),
    },
    datiBaseContratto: { codNUTS: tipologica('codNUTS', lot.nuts) },
    partecipanti: [
      {
        codiceFiscale: data.supplier.fiscalCode,
        denominazione: data.supplier.name,
        ruoloOE: tipologica('ruoloOE', data.supplier.role),
        tipoOE: tipologica('tipoOE', data.supplier.kind),
        idPartecipante: data.participantId,
        paeseOperatoreEconomico: data.supplier.country,
        avvalimento: false,
        importo: centsToEuro(lot.amountCents),
      },
    ],
    finanziamenti: lot.financing.map((item) => ({
      tipoFinanziamento: tipologica('tipoFinanziamento', item.type),
      importo: centsToEuro(item.amountCents),
    })),
  };
}

/**
 * The AD4 scheda of ANAC's data model (adhesion to a framework agreement or convention without a
 * new competition): the parent CIG, adhesion date and codice appalto in `appalto`, one
 * `aggiudicazione` per lot. Every coded value is ANAC's (checked against its lists before sending).
 */
export function ad4Scheda(
  data: CigRequestData & { codiceAppalto: string; participantId: string },
  agency: { fiscalCode: string; ausaCode: string },
) {
  return {
    codice: tipologica('codiceScheda', 'AD4'),
    versione: '1.0',
    body: {
      anacForm: {
        stazioniAppaltanti: [
          {
            codiceFiscale: agency.fiscalCode,
            codiceAusa: agency.ausaCode,
            codiceCentroCosto: data.costCentre,
            saTitolare: true,
          },
        ],
        appalto: {
          codiceAppalto: data.codiceAppalto,
          cig: data.parentCig,
          dataAdesione: day(data.adhesionDate),
          relazioneUnicaSulleProcedure: data.singleProcedureReport,
          opereUrbanizzazioneScomputo: data.urbanisationWorks,
          datiBase: { oggetto: data.subject },
        },
        aggiudicazioni: data.lots.map((lot) => aggiudicazione(data, lot)),
      },
    },
  };
}

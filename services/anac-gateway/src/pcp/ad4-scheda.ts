import type { CigRequestData } from '../cig-requests/cig-request.schema.js';
import { centsToEuro } from '@app/platform/codes';

const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });
const contractObjects = { servizi: 'services', forniture: 'supplies', lavori: 'works' } as const;

/**
 * The AD4 scheda of ANAC's data model (adhesion to a framework agreement or convention without a new
 * competition): the parent CIG, adhesion date and codice appalto in `appalto`, one `aggiudicazione`
 * per lot with its lotIdentifier, amount, CPV, place and the supplier as the only participant.
 */
export function ad4Scheda(data: CigRequestData & { codiceAppalto: string; participantId: string }, agency: { fiscalCode: string; ausaCode: string }) {
  return {
    codice: tipologica('codiceScheda', 'AD4'),
    versione: '1.0',
    body: {
      anacForm: {
        stazioniAppaltanti: [{ codiceFiscale: agency.fiscalCode, codiceAusa: agency.ausaCode, codiceCentroCosto: data.costCentre, saTitolare: true }],
        appalto: {
          codiceAppalto: data.codiceAppalto, cig: data.parentCig, dataAdesione: `${data.adhesionDate}T00:00:00Z`,
          relazioneUnicaSulleProcedure: data.singleProcedureReport, opereUrbanizzazioneScomputo: data.urbanisationWorks,
          datiBase: { oggetto: data.subject },
        },
        aggiudicazioni: data.lots.map((lot) => ({
          lotIdentifier: lot.lotIdentifier, afferenteInvestimentiPNRR: data.pnrr,
          ccnl: tipologica('ccnl', lot.ccnl), categoria: tipologica('categoria', lot.category), codIstat: tipologica('codIstat', lot.istat),
          datiBase: { oggetto: lot.subject, oggettoContratto: tipologica('oggettoContratto', contractObjects[lot.contractObject]) },
          datiBaseAggiudicazioneAppalto: { dataAggiudicazione: `${data.adhesionDate}T00:00:00Z` },
          datiBaseCPV: { tipoClassificazione: tipologica('tipoClassificazione', 'cpv'), cpvPrevalente: tipologica('cpv', lot.cpv) },
          datiBaseContratto: { codNUTS: tipologica('codNUTS', lot.nuts) },
          partecipanti: [{
            codiceFiscale: data.supplier.fiscalCode, denominazione: data.supplier.name, ruoloOE: tipologica('ruoloOE', '1'), tipoOE: tipologica('tipoOE', '1'),
            idPartecipante: data.participantId, paeseOperatoreEconomico: data.supplier.country, avvalimento: false, importo: centsToEuro(lot.amountCents),
          }],
          finanziamenti: lot.financing.map((item) => ({ tipoFinanziamento: tipologica('tipoFinanziamento', item.type), importo: centsToEuro(item.amountCents) })),
        })),
      },
    },
  };
}

/** What ANAC's JSON-schema check (ERR4) finds missing in an AD4 scheda: the mandatory fields of its data model. */
export function missingInAd4(scheda: unknown): string[] {
  const missing: string[] = [];
  const at = (value: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
  const need = (value: unknown, base: string, paths: string[]) => {
    for (const path of paths) {
      const found = at(value, path);
      if (found === undefined || found === null || found === '') missing.push(`${base}${path}`);
    }
  };
  need(scheda, 'scheda.', ['codice.codice', 'versione', 'body.anacForm.stazioniAppaltanti', 'body.anacForm.appalto', 'body.anacForm.aggiudicazioni']);
  const form = at(scheda, 'body.anacForm');
  need(at(form, 'appalto'), 'anacForm.appalto.', ['cig', 'dataAdesione', 'relazioneUnicaSulleProcedure', 'opereUrbanizzazioneScomputo', 'codiceAppalto', 'datiBase.oggetto']);
  const stations = at(form, 'stazioniAppaltanti');
  if (Array.isArray(stations)) stations.forEach((station, index) => need(station, `stazioniAppaltanti[${index}].`, ['codiceFiscale', 'codiceAusa', 'codiceCentroCosto', 'saTitolare']));
  const awards = at(form, 'aggiudicazioni');
  if (Array.isArray(awards)) {
    if (awards.length === 0) missing.push('anacForm.aggiudicazioni (almeno un lotto)');
    awards.forEach((award, index) => {
      need(award, `aggiudicazioni[${index}].`, ['lotIdentifier', 'afferenteInvestimentiPNRR', 'ccnl.codice', 'categoria.codice', 'codIstat.codice', 'datiBase.oggetto', 'datiBase.oggettoContratto.codice',
        'datiBaseAggiudicazioneAppalto.dataAggiudicazione', 'datiBaseCPV.tipoClassificazione.codice', 'datiBaseCPV.cpvPrevalente.codice', 'datiBaseContratto.codNUTS.codice', 'partecipanti', 'finanziamenti']);
      const participants = at(award, 'partecipanti');
      if (Array.isArray(participants)) participants.forEach((participant, p) => need(participant, `aggiudicazioni[${index}].partecipanti[${p}].`, ['codiceFiscale', 'denominazione', 'ruoloOE.codice', 'tipoOE.codice', 'idPartecipante', 'paeseOperatoreEconomico', 'avvalimento', 'importo']));
      const funding = at(award, 'finanziamenti');
      if (Array.isArray(funding)) funding.forEach((item, f) => need(item, `aggiudicazioni[${index}].finanziamenti[${f}].`, ['tipoFinanziamento.codice', 'importo']));
    });
  }
  return missing;
}

// The merged OpenAPI document of the Negozio Elettronico as types: written by `npm run api:types`, do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chiavi pubbliche per verificare i token di accesso */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accesso tradizionale con username e password */
        post: operations["loginWithPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cambio password (obbligatorio al primo accesso); poi la sessione si apre */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La pagina del collegamento: chiede la nuova password se il collegamento vale */
        get: operations["getPasswordRecoveryPage"];
        put?: never;
        /** «Hai dimenticato la password?»: un collegamento monouso all’e-mail dell’utenza, se esiste (la risposta è la stessa in ogni caso) */
        post: operations["requestPasswordRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/recovery/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** La nuova password, con il collegamento ricevuto: lo usa una volta, chiude le sessioni */
        post: operations["completePasswordRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/spid/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entra con SPID: invia la richiesta di autenticazione firmata all'identity provider scelto */
        get: operations["startSpidLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/spid/acs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assertion Consumer Service: riceve e verifica la risposta dell'identity provider */
        post: operations["completeSpidLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/spid/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metadati SAML del service provider SPID */
        get: operations["getSpidMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/spid/slo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single logout: richiesta dall'identity provider, o sua risposta al nostro logout */
        get: operations["handleSpidLogout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-federation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entity configuration del relying party nella federazione OpenID Connect SPID/CIE */
        get: operations["getEntityConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/cie/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entra con CIE: reindirizza a CIE id con una richiesta firmata (OpenID Connect federation) */
        get: operations["startCieLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/spid/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entra con SPID tramite OpenID Connect: reindirizza all'identity provider scelto */
        get: operations["startSpidOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ritorno dall'identity provider CIE o SPID (OpenID Connect) */
        get: operations["completeOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/cns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entra con CNS: certificato della carta verificato dal terminatore TLS */
        get: operations["loginWithCns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scelta o cambio del profilo (Cambio profilo) senza uscire */
        post: operations["selectProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La persona, il profilo selezionato e i suoi profili */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rinnovo del token per il browser: poi torna alla pagina (solo percorsi di questo sito), altrimenti alla pagina di accesso */
        get: operations["refreshForBrowser"];
        put?: never;
        /** Nuovo token di accesso per la sessione del browser */
        post: operations["refreshAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/revoked-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessioni chiuse i cui token non sono ancora scaduti */
        get: operations["listRevokedSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logout: chiude la sessione e tutti i suoi token (e la sessione SPID di livello 1) */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Elenco degli enti (il Gestore li vede tutti, gli altri solo il proprio) */
        get: operations["listAgencies"];
        put?: never;
        /** Registra un ente con i suoi uffici (Gestore della piattaforma) */
        post: operations["registerAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un ente con i suoi uffici */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aggiunge un ufficio all'ente */
        post: operations["addAgencyOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Utenti (profili) dell'ente */
        get: operations["listUsers"];
        put?: never;
        /** Aggiunge un utente all'ente con i suoi ruoli; a chi è nuovo la piattaforma invia per e-mail le credenziali di primo accesso */
        post: operations["addUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assegna o revoca ruoli (i ruoli indicati sostituiscono i precedenti) */
        put: operations["setUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disabilita l'utente: non potrà più operare per l'ente */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/credentials/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reimposta le credenziali di una persona: nuove credenziali temporanee inviate alla sua e-mail, sessioni chiuse */
        post: operations["resetCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Richieste di registrazione (il Gestore le vede tutte, un ente le proprie) */
        get: operations["listRegistrations"];
        put?: never;
        /** Registrazione al Negozio Elettronico di una convenzione: Punto Ordinante e utenze collegate */
        post: operations["requestRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una richiesta di registrazione */
        get: operations["getRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/module": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scarica il modulo firmato di una richiesta di registrazione (Gestore, ente) */
        get: operations["downloadRegistrationModule"];
        /** Il modulo di registrazione firmato digitalmente (seed 000), per la richiesta in attesa del proprio ente; uno nuovo sostituisce il precedente */
        put: operations["attachRegistrationModule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il Gestore approva: crea le utenze e ne annuncia il primo accesso */
        post: operations["approveRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il Gestore respinge la richiesta indicandone il motivo */
        post: operations["rejectRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le richieste di registrazione degli operatori economici (Gestore) */
        get: operations["listSupplierRegistrations"];
        put?: never;
        /** «Registrazione indirizzario» (seed 002): un operatore economico chiede di essere registrato; la richiesta attende il Gestore */
        post: operations["requestSupplierRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approva: l'operatore economico, la sua sede e il referente con le credenziali di primo accesso */
        post: operations["approveSupplierRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Respinge la richiesta, con il motivo */
        post: operations["rejectSupplierRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sistemi partner dell'ente */
        get: operations["listApiClients"];
        put?: never;
        /** Registra un sistema partner dell'ente (client OAuth2 client-credentials) */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disabilita un sistema partner: i suoi token smettono di valere subito */
        post: operations["disableApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token OAuth2 per i sistemi partner (grant client_credentials) */
        post: operations["issueClientToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pagina di accesso: SPID, CIE, CNS, accesso tradizionale, scelta e cambio profilo */
        get: operations["getAccessPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Elenco contratti: ricerca testuale, filtri, ordinamento e pagine */
        get: operations["searchContracts"];
        put?: never;
        /** Crea un contratto (convenzione o accordo quadro) in bozza */
        post: operations["createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un contratto: informazioni generali, documentazione, fasi, richieste per ordinativi, scadenza, utenti abilitati, fornitore */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifica un contratto (dopo la pubblicazione: descrizione, documentazione, scadenza, contatti) */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/api/v1/contracts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pubblica il contratto: gli enti possono aderire */
        post: operations["publishContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sospende il contratto */
        post: operations["suspendContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Riattiva un contratto sospeso */
        post: operations["resumeContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chiude il contratto */
        post: operations["closeContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le versioni del contratto: chi ha cambiato cosa e quando */
        get: operations["listContractVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro delle operazioni del contratto: ogni modifica, chi, con quale profilo e accesso, quando (per l’amministratore del soggetto banditore) */
        get: operations["getContractAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/documents/{index}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scarica il file di un documento della Documentazione allegata */
        get: operations["downloadContractDocumentFile"];
        /** Documentazione allegata: il file di un documento (il modello da scaricare, compilare e firmare), caricato dal soggetto banditore; sostituisce il precedente */
        put: operations["attachContractDocumentFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/price-list/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Inserisce o aggiorna voci del listino di base */
        put: operations["putPriceListItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/price-list/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revisione prezzi da una data: una percentuale su ogni voce o nuovi prezzi */
        post: operations["revisePriceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/price-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Il listino in vigore a una data */
        get: operations["getPriceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/price-list/reprice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ricalcola un piano dei fabbisogni redatto prima di una revisione */
        post: operations["repriceNeedsPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/ceiling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Massimale: totale, prenotato, consumato, residuo e movimenti */
        get: operations["getCeiling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/ceiling/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prenota un importo sul massimale (approvazione di un'adesione) */
        post: operations["reserveOnCeiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/ceiling/reservations/{reference}/consume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consuma parte della prenotazione (un ordinativo approvato) */
        post: operations["consumeReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/ceiling/reservations/{reference}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rilascia quanto resta prenotato (adesione eliminata o annullata) */
        post: operations["releaseReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/clarifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chiarimenti del contratto */
        get: operations["listClarifications"];
        put?: never;
        /** Chiede un chiarimento sul contratto */
        post: operations["askClarification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/clarifications/{clarificationId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il banditore risponde: la risposta diventa visibile a tutti gli enti, in forma anonima */
        post: operations["answerClarification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bandi e avvisi: Oggetto, Tipo di appalto, CIG, Importo, Stato, Data di pubblicazione */
        get: operations["listNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Comunicati informativi» (kind=comunicato, i più recenti prima) o gli «Avviso» mostrati ora in testa alle pagine (kind=avviso) */
        get: operations["listAnnouncements"];
        put?: never;
        /** Pubblica un comunicato informativo o un avviso (Gestore della piattaforma) */
        post: operations["publishAnnouncement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tutti i comunicati e gli avvisi pubblicati, anche futuri o ritirati (Gestore) */
        get: operations["listAllAnnouncements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ritira un comunicato o un avviso: non è più mostrato, resta agli atti */
        delete: operations["withdrawAnnouncement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ocds/publication-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Politica di pubblicazione dei dati OCDS */
        get: operations["getOcdsPublicationPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/ocds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Il contratto come pacchetto di release OCDS 1.1 (accordo quadro: un processo, massimale come valore massimo dell’aggiudicazione) */
        get: operations["getContractOcds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggiudicazioni e affidamenti: Oggetto, Tipo di appalto, CIG, Importo, Stato, Data di pubblicazione */
        get: operations["listAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/adhesions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Elenco adesioni: le proprie per l'ente aderente, tutte per il soggetto banditore; una pagina, dalla più recente */
        get: operations["listAdhesions"];
        put?: never;
        /** Richiedi adesione: passo 1 (ipotesi e importo); assegna il codice di adesione */
        post: operations["createAdhesion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/adhesions/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Se il chiamante è registrato alla convenzione (seed 000): senza registrazione non può aderire né ordinare */
        get: operations["getRegistrationStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Riepilogo adesione: importo, codice, importo del contratto, round, file caricati, storia */
        get: operations["getAdhesion"];
        /** Modifica i dati del passo 1 (ipotesi, importo) finché è una bozza del round 0 */
        put: operations["updateAdhesion"];
        post?: never;
        /** Elimina bozza (anche dopo un rifiuto, per ripetere il round 0) */
        delete: operations["deleteAdhesionDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro delle operazioni dell'adesione: ogni modifica, chi, con quale profilo e accesso, quando (per l’amministratore dell’ente) */
        get: operations["getAdhesionAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/documents/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Carica il documento richiesto (multipart, campo "file"): PDF, o .p7m / PDF firmato dove è richiesta la firma */
        put: operations["uploadAdhesionDocument"];
        post?: never;
        /** Rimuove un documento caricato (bozza) */
        delete: operations["removeAdhesionDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/files/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scarica un documento dell’adesione */
        get: operations["downloadAdhesionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invia: i documenti del round aperto vanno al RUP del soggetto banditore */
        post: operations["submitAdhesion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ritira invio adesione (prima della presa in carico) */
        post: operations["withdrawAdhesion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/rounds/{round}/take-charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prendi in carico: il RUP del soggetto banditore avvia la valutazione del round */
        post: operations["takeChargeOfAdhesionRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/rounds/{round}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approva il round; l'ultimo approva l'adesione e prenota l'importo sul massimale */
        post: operations["approveAdhesionRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adhesions/{id}/rounds/{round}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rifiuta il round con una motivazione: l'ente aderente elimina la bozza e ripete il round 0 */
        post: operations["rejectAdhesionRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Elenco ordinativi: i propri per l'ente che ordina, quelli inviati per il banditore, quelli approvati per il fornitore; una pagina, dal più recente */
        get: operations["listOrders"];
        put?: never;
        /** Nuovo ordine: dopo «Richiedi CIG» e «Vai all’ordine», l’ordinativo in bozza (passo 1) */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L'ordinativo: righe, totale, CIG derivato, stato verso ANAC, documenti, risposta del fornitore */
        get: operations["getOrder"];
        /** Passo 1: righe dell'ordine (il totale si ricalcola) e adesione, fino alla conferma dell'appalto */
        put: operations["updateOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La storia dell'ordinativo: ogni passaggio, chi, quando, perché */
        get: operations["getOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro delle operazioni dell'ordinativo: ogni modifica, chi, con quale profilo e accesso, quando (per l’amministratore dell’ente) */
        get: operations["getOrderAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lo stato dell'ordinativo in diretta (text/event-stream): un evento «state» a ogni passaggio, ripreso con Last-Event-ID */
        get: operations["streamOrderState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/confirm-appalto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Conferma appalto: controlla il totale delle righe e chiede ad ANAC crea-appalto e conferma-appalto (asincrono) */
        post: operations["confirmOrderAppalto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/acquire-cig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acquisisci CIG: recupera il CIG derivato presso ANAC (asincrono) */
        post: operations["acquireOrderCig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/documents/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Carica un documento delle «RICHIESTE PER ORDINATIVI FORNITURA» del contratto (firmato dove richiesto) */
        put: operations["uploadOrderDocument"];
        post?: never;
        /** Rimuove un documento caricato */
        delete: operations["removeOrderDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/supplier-documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Il fornitore restituisce, firmati, il DPA controfirmato (dpa) o la comunicazione dati tracciabilità (tracciabilita) di un soggetto (membro del RTI o mandataria) */
        put: operations["returnSupplierDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/files/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scarica un documento dell'ordinativo */
        get: operations["downloadOrderDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/summary-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Passo 2: scarica la «Scheda di sintesi ordinativo di fornitura» (PDF/A) generata dal sistema, da firmare */
        get: operations["downloadOrderSummarySheet"];
        /** Passo 2: carica la scheda di sintesi firmata digitalmente (la stessa generata, firmata da una persona dell’ente) */
        put: operations["uploadOrderSummarySheet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Passo 3, Invia: l'ordinativo va al soggetto banditore */
        post: operations["submitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il RUP del soggetto banditore approva: l'importo si consuma sul massimale */
        post: operations["approveOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il RUP del soggetto banditore rifiuta, con una motivazione */
        post: operations["rejectOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il fornitore prende visione dell'ordinativo approvato */
        post: operations["acknowledgeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il fornitore contesta l'ordinativo entro il termine, se il contratto lo prevede */
        post: operations["disputeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Esito, «salva e pubblica»: l'affidamento compare in «Aggiudicazioni e affidamenti» */
        post: operations["publishOrderOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Situazione mandati (seed 003): i mandati verso l'ente (ricevuti) o emessi dall'ente, con l'atto di riferimento e lo stato di pagamento, cercati e ordinati per data o importo */
        get: operations["listPayments"];
        put?: never;
        /** Registra mandati di pagamento dell'ente (campi SIOPE+), una volta per numero: un invio ripetuto non cambia nulla */
        post: operations["registerPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importa mandati dall'esportazione della contabilità, CSV (numero_mandato, data_mandato, importo, …) o XML (un elemento mandato per mandato): esito riga per riga; con dryRun=true verifica senza registrare */
        post: operations["importPaymentsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dettaglio del mandato, per chi lo emette e per il beneficiario: scadenza, importo, data e modalità di pagamento, motivo */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pagamenti dell'ordinativo: ordinato, pagato, residuo, con i mandati abbinati per CIG (anche al fornitore) */
        get: operations["getOrderPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/nso-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I documenti NSO dell’ordinativo, inviati e ricevuti, con le notifiche di NSO e la «tripletta» (ID#Data#Codice ufficio) da indicare in fattura */
        get: operations["listOrderNsoDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/nso-documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Il documento NSO (XML UBL 2.1: Order o Order Response) così come è stato trasmesso */
        get: operations["downloadOrderNsoDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/order-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Il fornitore risponde all’ordine consegnato da NSO: accettato (AP), rifiutato (RE) o accettato con modifiche (CA); la piattaforma la trasmette come Order Response (Peppol BIS 3) */
        post: operations["answerOrderThroughNso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nso/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ordini elettronici (NSO) dell’ente: Codice Univoco Ufficio e attivazione */
        get: operations["getNsoSettings"];
        /** Imposta il Codice Univoco Ufficio (IPA) e attiva gli ordini elettronici: gli ordinativi approvati da allora partono verso il fornitore tramite NSO */
        put: operations["saveNsoSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le richieste CIG dell'ente */
        get: operations["listCigRequests"];
        put?: never;
        /** Richiedi CIG: l'appalto di un'adesione senza nuovo confronto competitivo (scheda AD4), in bozza */
        post: operations["createCigRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una richiesta CIG: dati, stato verso ANAC, errori spiegati, CIG acquisiti */
        get: operations["getCigRequest"];
        /** Modifica la richiesta finché non è confermata da ANAC */
        put: operations["updateCigRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Conferma appalto: crea-appalto e conferma-appalto presso ANAC, poi l’esito (asincrono: «in corso») */
        post: operations["confirmAppalto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}/acquire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acquisisci CIG: recupera-cig per un appalto confermato */
        post: operations["acquireCigs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}/transmissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Log trasmissioni: ogni scambio con ANAC (operazione, ora, durata, stato HTTP, esito, errori, corpi senza segreti) */
        get: operations["listTransmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}/schede": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schede della richiesta (SC1, I1, CO1, CO2, ANN) con il loro stato presso ANAC */
        get: operations["listSchede"];
        put?: never;
        /** Nuova scheda in bozza (ANN: CIG e motivo «1 – Errata comunicazione» precompilati, motivo non modificabile) */
        post: operations["createScheda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cig-requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lo stato della richiesta e delle sue schede in diretta (text/event-stream), ripreso con Last-Event-ID */
        get: operations["streamCigRequestState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schede/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invia scheda: crea-scheda e conferma-scheda presso ANAC (asincrono) */
        post: operations["sendScheda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schede/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verifica invio: l’esito di conferma-scheda (SC_CONF) */
        post: operations["verifyScheda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schede/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Annulla comunicazione: rollback-scheda dell’ultima ANN, CO1 o CO2 confermata (asincrono: «in annullamento») */
        post: operations["rollbackScheda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schede/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Elimina una scheda in bozza (o rifiutata: cancellata anche presso ANAC) */
        delete: operations["deleteScheda"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/code-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gli elenchi ANAC (tipologiche) letti dalla Piattaforma Contratti Pubblici, con la data di lettura */
        get: operations["listCodeLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/code-lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le voci in vigore di un elenco ANAC, cercate per codice o descrizione */
        get: operations["searchCodeList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le notifiche in diretta (text/event-stream): un evento «inbox» con il numero di non lette e l'ultima arrivata, a ogni cambiamento */
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le notifiche del profilo con cui si è entrati, dalla più recente, con il numero di quelle non lette; con contractId, quelle del contratto (il suo modulo comunicazioni) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segna come letta una notifica del proprio profilo */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I messaggi e-mail e PEC partiti per le azioni dell'ente, con lo stato di recapito (in coda, inviato, non recapitato) */
        get: operations["listNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I modelli dei messaggi automatici, con i canali che hanno un testo proprio */
        get: operations["listNotificationTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anteprima di un modello su un canale (notifica, e-mail testo e HTML, PEC) con dati di esempio */
        get: operations["previewNotificationTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gli eventi dell'ente e quelli pubblici, in ordine di commit, dopo il cursore (senza cursore dall'inizio, `now` da adesso) */
        get: operations["readEventFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I webhook dell'ente (di questo sistema partner) */
        get: operations["listWebhooks"];
        put?: never;
        /** Registra un endpoint HTTPS per gli eventi che i filtri lasciano passare; il segreto è mostrato solo ora */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un webhook */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Elimina un webhook e il suo registro */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Cambia indirizzo, descrizione o filtri; disattiva o riattiva */
        patch: operations["changeWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro delle consegne: ogni messaggio con i suoi tentativi (codice, latenza, errore) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ripropone un messaggio (`deliveryId`) o tutti quelli da un momento (`since`) */
        post: operations["replayWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nuovo segreto; il precedente firma ancora per il periodo di sovrapposizione */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amqp-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le code AMQP dell'ente (di questo sistema partner) */
        get: operations["listAmqpSubscriptions"];
        put?: never;
        /** Una coda propria, legata agli eventi dell'ente e a quelli pubblici (solo i tipi indicati, se ce ne sono), con un utente che può solo leggerla; la password è mostrata solo ora */
        post: operations["createAmqpSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amqp-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Elimina la coda e l'utente del broker */
        delete: operations["deleteAmqpSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le comunicazioni del contratto di cui l'ente è mittente o destinatario, con i messaggi non letti */
        get: operations["listCommunications"];
        put?: never;
        /** Nuova comunicazione o chiarimento a un'altra parte del contratto (banditore, OE aggiudicatario, ente aderente) */
        post: operations["startCommunication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una comunicazione con i suoi messaggi e chi li ha letti; leggerla la segna come letta */
        get: operations["getCommunication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro delle operazioni della comunicazione: chi l’ha avviata, chi ha risposto o allegato, quando (per l’amministratore di una delle due parti) */
        get: operations["getCommunicationAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Risponde nella comunicazione; l'altra parte è avvisata */
        post: operations["replyCommunication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allega un documento alla comunicazione (multipart, campo "file"); l'altra parte è avvisata */
        post: operations["attachCommunicationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/attachments/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scarica un allegato della comunicazione */
        get: operations["downloadCommunicationDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gli iscritti dell'Ordine (ricerca per cognome, codice fiscale o numero d'iscrizione) */
        get: operations["listPecMembers"];
        put?: never;
        /** Registra un iscritto dell'Ordine */
        post: operations["addPecMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un iscritto dell'Ordine */
        get: operations["getPecMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifica i dati del titolare (residenza, telefono, fax, e-mail di riferimento); mai nome, cognome e codice fiscale */
        patch: operations["changePecMember"];
        trace?: never;
    };
    "/api/v1/pec/mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le caselle PEC degli iscritti dell'Ordine (per stato, indirizzo, cognome o codice fiscale) */
        get: operations["listPecMailboxes"];
        put?: never;
        /** Richiede la casella PEC di un iscritto, o il trasferimento nel pannello dell'Ordine della casella di un iscritto proveniente da altro Ordine */
        post: operations["requestPecMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una casella con le sue richieste al gestore */
        get: operations["getPecMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/mailboxes/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset password: il gestore invia la nuova password all'e-mail di riferimento del titolare */
        post: operations["resetPecMailboxPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/mailboxes/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancellazione della casella presso il gestore */
        post: operations["deletePecMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/mailboxes/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trasferimento dell'iscritto a un Ordine fuori convenzione: il gestore predispone il foglio «Trasferimenti» e la richiesta resta in attesa di conferma */
        post: operations["transferPecMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le richieste dell'Ordine al gestore (stato, tipo, iscritto, casella), una pagina alla volta, e quante in ogni stato: richiesta, inviata al gestore, eseguita o rifiutata */
        get: operations["listPecRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una richiesta: chi, quando, tentativi, esito e motivo del gestore */
        get: operations["getPecRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le segnalazioni di anomalia dell'Ordine, con stato, esito e motivo */
        get: operations["listPecAnomalies"];
        put?: never;
        /** Segnala al gestore una casella assegnata per errore, mancante o con dati errati */
        post: operations["reportPecAnomaly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/anomalies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Una segnalazione con i messaggi scambiati con il gestore */
        get: operations["getPecAnomaly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prova di caricamento dei nuovi iscritti (CSV nel tracciato INI-PEC o «nuove iscrizioni»): esito riga per riga, nulla cambia */
        post: operations["checkPecImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Il resoconto di un caricamento e le righe già applicate */
        get: operations["getPecImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applica le righe confermate: iscritto e richiesta di casella per ciascuna; una riga già applicata non cambia nulla */
        post: operations["applyPecImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/ini-pec/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Il file INI-PEC del giorno (Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione) */
        get: operations["exportIniPec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pec/ini-pec/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confronta l'estratto INI-PEC con le caselle attive dell'Ordine ed elenca le differenze */
        post: operations["checkIniPec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le operazioni che il chiamante può invocare secondo ruoli, ambiti e livello di accesso (lo stato della risorsa resta da verificare a ogni chiamata) */
        get: operations["listCallableOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "type": "https://negozio-elettronico.example/problems/internal-error",
         *       "title": "Errore interno del sistema",
         *       "status": 500,
         *       "code": "INTERNAL_ERROR",
         *       "correlationId": "c0ffee"
         *     }
         */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: string;
            correlationId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Web Key Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loginWithPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
                "application/x-www-form-urlencoded": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Sessione aperta: profili, profilo selezionato, token di accesso */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Credenziali non corrette */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Primo accesso: la password va cambiata */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Utenza bloccata (per questo indirizzo) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppi tentativi; Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    newPassword: string;
                };
                "application/x-www-form-urlencoded": {
                    username: string;
                    password: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password cambiata e sessione aperta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nuova password non ammessa; Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Credenziali non corrette */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Primo accesso: la password va cambiata */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Utenza bloccata (per questo indirizzo) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppi tentativi; Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPasswordRecoveryPage: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pagina HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                };
                "application/x-www-form-urlencoded": {
                    username: string;
                };
            };
        };
        responses: {
            /** @description Richiesta presa in carico */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste; Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completePasswordRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    newPassword: string;
                };
                "application/x-www-form-urlencoded": {
                    token: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password aggiornata */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Collegamento non valido o password non ammessa; Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Collegamento non valido: RECOVERY_LINK_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSpidLogin: {
        parameters: {
            query: {
                idp: string;
                level?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pagina che inoltra la richiesta SAML all'identity provider (binding HTTP-POST) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSpidLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    SAMLResponse: string;
                    RelayState?: string;
                };
            };
        };
        responses: {
            /** @description Sessione aperta (o reindirizzamento alla pagina di accesso) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risposta rifiutata */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSpidMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description EntityDescriptor firmato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    handleSpidLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Risposta firmata all'identity provider, o la pagina di accesso */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Richiesta non firmata */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entity configuration firmata (application/entity-statement+jwt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCieLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reindirizzamento all'identity provider */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSpidOidcLogin: {
        parameters: {
            query: {
                provider: string;
                level?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reindirizzamento all'identity provider */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Identity provider sconosciuto; Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessione aperta (o reindirizzamento alla pagina di accesso) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accesso rifiutato */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loginWithCns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessione aperta (o reindirizzamento alla pagina di accesso) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Certificato assente o non accettato */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    selectProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    profileId: string;
                };
                "application/x-www-form-urlencoded": {
                    /** Format: uuid */
                    profileId: string;
                };
            };
        };
        responses: {
            /** @description Nuovo token per il profilo scelto; metodo, livello e ora di autenticazione restano quelli del login */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non disponibile: PROFILE_NOT_AVAILABLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Persona, sessione, profilo selezionato e profili attivi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshForBrowser: {
        parameters: {
            query?: {
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alla pagina richiesta con il nuovo token, o alla pagina di accesso */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nuovo token di accesso (anche nel cookie) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRevokedSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identificativi delle sessioni chiuse */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessione chiusa; con SPID livello 1, l'indirizzo del single logout presso l'IdP */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default ente
                     * @enum {string}
                     */
                    kind?: "ente" | "operatore-economico" | "ordine" | "gestore";
                    fiscalCode: string;
                    ipaCode?: string;
                    ausaCode?: string;
                    ocpCode?: string;
                    /** Format: email */
                    pec?: string;
                    offices: string[];
                };
            };
        };
        responses: {
            /** @description Ente registrato */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ente già registrato */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ente */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAgencyOffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Ufficio creato */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                agencyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profili degli utenti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId?: string;
                    fiscalCode: string;
                    givenName: string;
                    familyName: string;
                    /** Format: email */
                    email?: string;
                    /** @default null */
                    officeId?: string | null;
                    roles: ("buyer" | "rup" | "punto-ordinante" | "punto-istruttore" | "punto-richiedente" | "assistente-punto-ordinante" | "responsabile-eprocurement" | "amministratore-ente" | "operatore-economico" | "servizio-mandati" | "amministratore-ordine" | "gestore-piattaforma")[];
                };
            };
        };
        responses: {
            /** @description Profilo creato (credenziali inviate alla persona, se nuova) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY; Operazione non consentita: ROLE_NOT_GRANTABLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description La persona ha già un profilo in quell'ufficio */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("buyer" | "rup" | "punto-ordinante" | "punto-istruttore" | "punto-richiedente" | "assistente-punto-ordinante" | "responsabile-eprocurement" | "amministratore-ente" | "operatore-economico" | "servizio-mandati" | "amministratore-ordine" | "gestore-piattaforma")[];
                };
            };
        };
        responses: {
            /** @description Ruoli aggiornati */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY; Operazione non consentita: ROLE_NOT_GRANTABLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utente disabilitato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operazione non consentita: SELF_DISABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credenziali reimpostate e in consegna alla persona */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description La persona non ha un indirizzo e-mail */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegistrations: {
        parameters: {
            query?: {
                status?: "in-attesa" | "approvata" | "respinta";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richieste */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    contractId: string;
                    /** @default null */
                    officeId?: string | null;
                    puntoOrdinante?: {
                        fiscalCode: string;
                        givenName: string;
                        familyName: string;
                        /** Format: email */
                        email: string;
                    };
                    puntiRichiedenti?: {
                        fiscalCode: string;
                        givenName: string;
                        familyName: string;
                        /** Format: email */
                        email: string;
                    }[];
                    assistente?: {
                        fiscalCode: string;
                        givenName: string;
                        familyName: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
        };
        responses: {
            /** @description Richiesta inviata al Gestore del sistema */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: OFFICE_NOT_IN_AGENCY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già in attesa: REGISTRATION_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Convenzione non disponibile: CONVENTION_UNKNOWN; Registrazione del Punto Ordinante mancante: REGISTRATION_REQUIRED_FIRST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richiesta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadRegistrationModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il file firmato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachRegistrationModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF firmato: .p7m CAdES o PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il modulo, con la firma verificata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già decisa: REGISTRATION_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richiesta approvata, profili creati */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già decisa: REGISTRATION_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Richiesta respinta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già decisa: REGISTRATION_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupplierRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richieste */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestSupplierRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    fiscalCode: string;
                    /** Format: email */
                    pec: string;
                    address: string;
                    referent: {
                        fiscalCode: string;
                        givenName: string;
                        familyName: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
        };
        responses: {
            /** @description Richiesta ricevuta */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSupplierRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approvata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già decisa: SUPPLIER_REQUEST_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectSupplierRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Respinta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta già decisa: SUPPLIER_REQUEST_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client (senza segreti) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uuid */
                    agencyId?: string;
                    scopes: ("events:read" | "events:subscribe" | "contracts:read" | "adhesions:read" | "orders:read" | "payments:read" | "payments:write" | "cig-requests:read")[];
                };
            };
        };
        responses: {
            /** @description Client creato; il segreto è mostrato solo ora */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client disabilitato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: TENANT_REQUIRED; Operazione non consentita: OTHER_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueClientToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @constant */
                    grant_type: "client_credentials";
                    scope?: string;
                    client_id?: string;
                    client_secret?: string;
                };
                "application/json": {
                    /** @constant */
                    grant_type: "client_credentials";
                    scope?: string;
                    client_id?: string;
                    client_secret?: string;
                };
            };
        };
        responses: {
            /** @description access_token, token_type, expires_in, scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Ambito non consentito: INVALID_SCOPE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client non autenticato: INVALID_CLIENT */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccessPage: {
        parameters: {
            query?: {
                uscita?: string;
                recupero?: string;
                cambio?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pagina HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchContracts: {
        parameters: {
            query?: {
                q?: string;
                kind?: "convenzione" | "accordo-quadro";
                status?: "bozza" | "pubblicato" | "sospeso" | "chiuso" | "scaduto";
                banditore?: string;
                supplier?: string;
                cpv?: string;
                expiryFrom?: string;
                expiryTo?: string;
                amountMin?: number;
                amountMax?: number;
                sort?: "rilevanza" | "scadenza" | "importo" | "titolo" | "pubblicazione";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Una pagina di contratti, con il totale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "convenzione" | "accordo-quadro";
                    title: string;
                    description: string;
                    cig: string;
                    cup?: string;
                    cpv: string[];
                    lots: {
                        number: number;
                        title: string;
                        amountCents: number;
                    }[];
                    rup: {
                        name: string;
                        fiscalCode: string;
                    };
                    ceilingCents: number;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    expiryDate: string;
                    /** @default null */
                    eligibleAgencies?: string[] | null;
                    supplier: {
                        name: string;
                        fiscalCode: string;
                        /** Format: email */
                        pec: string;
                    };
                    /** @default [] */
                    documents?: {
                        title: string;
                        description?: string;
                    }[];
                    rounds: {
                        title: string;
                        documents: {
                            name: string;
                            /** @default true */
                            mandatory?: boolean;
                            /** @default false */
                            signed?: boolean;
                            /**
                             * @default AB
                             * @enum {string}
                             */
                            ipotesi?: "A" | "B" | "AB";
                        }[];
                    }[];
                    /** @default [] */
                    orderRequirements?: {
                        name: string;
                        /** @default true */
                        mandatory?: boolean;
                        /** @default false */
                        signed?: boolean;
                    }[];
                    enabledUsers?: string[];
                    /** @default 10 */
                    supplierResponseDays?: number;
                    /** @default false */
                    supplierMayDispute?: boolean;
                    contacts?: string;
                };
            };
        };
        responses: {
            /** @description Contratto in bozza */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contratto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "convenzione" | "accordo-quadro";
                    title?: string;
                    description?: string;
                    cig?: string;
                    cup?: string;
                    cpv?: string[];
                    lots?: {
                        number: number;
                        title: string;
                        amountCents: number;
                    }[];
                    rup?: {
                        name: string;
                        fiscalCode: string;
                    };
                    ceilingCents?: number;
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    expiryDate?: string;
                    eligibleAgencies?: string[] | null;
                    supplier?: {
                        name: string;
                        fiscalCode: string;
                        /** Format: email */
                        pec: string;
                    };
                    documents?: {
                        title: string;
                        description?: string;
                    }[];
                    rounds?: {
                        title: string;
                        documents: {
                            name: string;
                            /** @default true */
                            mandatory?: boolean;
                            /** @default false */
                            signed?: boolean;
                            /**
                             * @default AB
                             * @enum {string}
                             */
                            ipotesi?: "A" | "B" | "AB";
                        }[];
                    }[];
                    orderRequirements?: {
                        name: string;
                        /** @default true */
                        mandatory?: boolean;
                        /** @default false */
                        signed?: boolean;
                    }[];
                    enabledUsers?: string[];
                    supplierResponseDays?: number;
                    supplierMayDispute?: boolean;
                    contacts?: string;
                };
            };
        };
        responses: {
            /** @description Nuova versione del contratto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: DATES_INVERTED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Contratto chiuso: CONTRACT_CLOSED; Campo non modificabile dopo la pubblicazione: FIELD_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contratto nel nuovo stato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Passaggio di stato non ammesso: INVALID_TRANSITION; Contratto scaduto: EXPIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contratto nel nuovo stato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Passaggio di stato non ammesso: INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contratto nel nuovo stato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Passaggio di stato non ammesso: INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contratto nel nuovo stato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Passaggio di stato non ammesso: INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContractVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versioni */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContractAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le operazioni, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Quando (ISO 8601) */
                        at: string;
                        /** @description L’operazione, per esempio order.approved */
                        action: string;
                        /** @description L’operazione in italiano */
                        actionLabel: string;
                        /** @description L’ente per cui è stata fatta; null: la piattaforma */
                        agencyId: string | null;
                        person: string | null;
                        profile: string | null;
                        /** @description spid, cie, cns, password, client */
                        authMethod: string | null;
                        correlationId: string | null;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @description Solo per le operazioni del proprio ente */
                        ip?: string | null;
                        userAgent?: string | null;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadContractDocumentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il file, con il tipo riconosciuto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Documento non trovato: DOCUMENT_NOT_LISTED; File non disponibile: NO_FILE */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachContractDocumentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                index: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, o PDF firmato: .p7m CAdES o PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il documento con il suo file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Documento non trovato: DOCUMENT_NOT_LISTED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPriceListItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        code: string;
                        description: string;
                        unit: string;
                        unitPriceCents: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Listino in vigore oggi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revisePriceList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effectiveFrom: string;
                    percentBasisPoints?: number;
                    prices?: {
                        [key: string]: number;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Revisione registrata */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriceList: {
        parameters: {
            query?: {
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Voci con i prezzi in vigore e le revisioni applicate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    repriceNeedsPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    draftedAt: string;
                    /** Format: date */
                    at?: string;
                    lines: {
                        code: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Righe con i prezzi di allora e di oggi, e la differenza */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCeiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stato del massimale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reserveOnCeiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    amountCents: number;
                };
            };
        };
        responses: {
            /** @description Importo prenotato */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Contratto non aperto: CONTRACT_NOT_OPEN; Massimale insufficiente: CEILING_EXCEEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    consumeReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    /** Format: uuid */
                    orderId?: string;
                };
            };
        };
        responses: {
            /** @description Importo consumato (una volta per ordinativo) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Importo oltre la prenotazione: RESERVATION_EXCEEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Importo rilasciato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClarifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domande e risposte */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    askClarification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    question: string;
                };
            };
        };
        responses: {
            /** @description Domanda inviata al banditore */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ELIGIBLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Domanda non ammessa: BANDITORE_ASKS; Contratto non aperto ai chiarimenti: CONTRACT_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerClarification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                clarificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Risposta pubblicata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotices: {
        parameters: {
            query?: {
                q?: string;
                tipo?: "Forniture" | "Servizi" | "Lavori";
                stato?: "Pubblicato" | "Sospeso" | "Chiuso" | "Scaduto";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Una pagina di bandi e avvisi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAnnouncements: {
        parameters: {
            query?: {
                kind?: "comunicato" | "avviso";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comunicati o avvisi visibili ora */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishAnnouncement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "comunicato" | "avviso";
                    title: string;
                    body: string;
                    /** Format: date-time */
                    visibleFrom?: string;
                    /** Format: date-time */
                    visibleUntil?: string;
                };
            };
        };
        responses: {
            /** @description Pubblicato */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAllAnnouncements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comunicati e avvisi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawAnnouncement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ritirato */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Già ritirato: ANNOUNCEMENT_WITHDRAWN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOcdsPublicationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pagina HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContractOcds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OCDS release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAwards: {
        parameters: {
            query?: {
                q?: string;
                tipo?: "Forniture" | "Servizi" | "Lavori";
                stato?: "Aggiudicazione efficace" | "Annullata";
                contratto?: string;
                ordina?: "pubblicazione" | "importo" | "oggetto" | "cig";
                verso?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Una pagina di aggiudicazioni e affidamenti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdhesions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Adesioni al contratto con stato e date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAdhesion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    ipotesi: "A" | "B";
                    amountCents: number;
                };
            };
        };
        responses: {
            /** @description L'adesione in bozza, con il suo codice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: AMOUNT_OVER_CEILING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: BANDITORE_ADHERES; Operazione non consentita: NOT_ELIGIBLE; Registrazione alla convenzione richiesta: REGISTRATION_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Contratto non aperto alle adesioni: CONTRACT_NOT_OPEN; Adesione tornata in bozza: REJECTED_DRAFT_PENDING; Codici di adesione esauriti: CODES_EXHAUSTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegistrationStanding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description registrationRequired, registered e il perché */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdhesion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description L'adesione */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAdhesion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    ipotesi?: "A" | "B";
                    amountCents?: number;
                };
            };
        };
        responses: {
            /** @description L'adesione aggiornata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: AMOUNT_OVER_CEILING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non modificabile: ADHESION_NOT_EDITABLE; Documenti non previsti nell'ipotesi: DOCUMENTS_NOT_IN_IPOTESI */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAdhesionDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bozza eliminata */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non eliminabile: ADHESION_NOT_DELETABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdhesionAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le operazioni, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Quando (ISO 8601) */
                        at: string;
                        /** @description L’operazione, per esempio order.approved */
                        action: string;
                        /** @description L’operazione in italiano */
                        actionLabel: string;
                        /** @description L’ente per cui è stata fatta; null: la piattaforma */
                        agencyId: string | null;
                        person: string | null;
                        profile: string | null;
                        /** @description spid, cie, cns, password, client */
                        authMethod: string | null;
                        correlationId: string | null;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @description Solo per le operazioni del proprio ente */
                        ip?: string | null;
                        userAgent?: string | null;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAdhesionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il documento, con impronta SHA-256 e firma verificata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Documento non previsto: DOCUMENT_NOT_IN_IPOTESI */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non modificabile: ADHESION_NOT_EDITABLE; Round non aperto: ROUND_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Documento troppo grande */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Firma mancante o non valida */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeAdhesionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documento rimosso */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Documento non previsto: DOCUMENT_NOT_IN_IPOTESI */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non modificabile: ADHESION_NOT_EDITABLE; Round non aperto: ROUND_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAdhesionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il file, con il tipo riconosciuto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitAdhesion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Adesione inviata, con la data di invio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non inviabile: ADHESION_NOT_SENDABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Documenti obbligatori mancanti: DOCUMENTS_MISSING */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawAdhesion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Adesione tornata al riepilogo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ADHERING_AGENCY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invio non ritirabile: ADHESION_NOT_WITHDRAWABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    takeChargeOfAdhesionRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Adesione in valutazione */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non in attesa di valutazione: ADHESION_NOT_PENDING; Round non in valutazione: ROUND_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveAdhesionRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Round approvato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non in attesa di valutazione: ADHESION_NOT_PENDING; Round non in valutazione: ROUND_NOT_PENDING; Massimale insufficiente: CEILING_EXCEEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Massimale non verificabile: CATALOG_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectAdhesionRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                round: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Round rifiutato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_BANDITORE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non in attesa di valutazione: ADHESION_NOT_PENDING; Round non in valutazione: ROUND_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ordinativi del contratto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description `O000123/2026` */
                        code: string;
                        /**
                         * Format: uuid
                         * @description L'ente che ordina
                         */
                        agencyId: string;
                        subject: string;
                        /**
                         * @description Lo stato dell'ordinativo (bozza, …, approvato, rifiutato, annullato)
                         * @enum {string}
                         */
                        status: "bozza" | "appalto-in-corso" | "appalto-confermato" | "cig-in-corso" | "cig-acquisito" | "inviato" | "approvato" | "rifiutato" | "annullato";
                        /** @description Lo stato come lo legge una persona («CIG acquisito») */
                        statusLabel: string;
                        /** @description Totale in centesimi di euro, IVA esclusa */
                        totalCents: number;
                        /** @description Il CIG derivato, quando acquisito */
                        derivedCig: string | null;
                        supplierResponse: ("in-attesa" | "presa-visione" | "presa-visione-automatica" | "contestato") | null;
                        /** Format: date-time */
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    cigRequestId: string;
                    /** Format: uuid */
                    adhesionId?: string;
                    /** @default [] */
                    lines?: {
                        description: string;
                        unitPriceCents: number;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description L'ordinativo in bozza, con il suo codice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: ADHESION_CHOICE_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ELIGIBLE; Registrazione alla convenzione richiesta: REGISTRATION_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Contratto non aperto agli ordinativi: CONTRACT_NOT_OPEN; Adesione approvata mancante: ADHESION_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta CIG non utilizzabile: CIG_REQUEST_NOT_USABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta CIG non leggibile: ANAC_GATEWAY_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description L'ordinativo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines?: {
                        description: string;
                        unitPriceCents: number;
                        quantity: number;
                    }[];
                    /** Format: uuid */
                    adhesionId?: string;
                };
            };
        };
        responses: {
            /** @description L'ordinativo aggiornato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non modificabile: ORDER_NOT_EDITABLE; Adesione approvata mancante: ADHESION_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Passaggi, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action: string;
                        /** @description Il passaggio come lo legge una persona */
                        actionLabel: string;
                        fromStatus: ("bozza" | "appalto-in-corso" | "appalto-confermato" | "cig-in-corso" | "cig-acquisito" | "inviato" | "approvato" | "rifiutato" | "annullato") | null;
                        toStatus: ("bozza" | "appalto-in-corso" | "appalto-confermato" | "cig-in-corso" | "cig-acquisito" | "inviato" | "approvato" | "rifiutato" | "annullato") | null;
                        toStatusLabel: string | null;
                        /** @description Chi: il soggetto (persona o sistema) */
                        actor: string | null;
                        profileId: string | null;
                        agencyId: string | null;
                        reason: string | null;
                        /** Format: date-time */
                        at: string;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le operazioni, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Quando (ISO 8601) */
                        at: string;
                        /** @description L’operazione, per esempio order.approved */
                        action: string;
                        /** @description L’operazione in italiano */
                        actionLabel: string;
                        /** @description L’ente per cui è stata fatta; null: la piattaforma */
                        agencyId: string | null;
                        person: string | null;
                        profile: string | null;
                        /** @description spid, cie, cns, password, client */
                        authMethod: string | null;
                        correlationId: string | null;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @description Solo per le operazioni del proprio ente */
                        ip?: string | null;
                        userAgent?: string | null;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamOrderState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flusso di eventi: id, event: state, data: stato, etichetta, banner, CIG derivato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmOrderAppalto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conferma appalto in corso presso ANAC */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Autenticazione forte richiesta: STRONG_AUTH_REQUIRED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conferma appalto non disponibile: APPALTO_NOT_CONFIRMABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Totale non corrispondente: ORDER_TOTAL_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta CIG non leggibile: ANAC_GATEWAY_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acquireOrderCig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acquisizione del CIG in corso presso ANAC */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Autenticazione forte richiesta: STRONG_AUTH_REQUIRED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Acquisisci CIG non disponibile: CIG_NOT_ACQUIRABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadOrderDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il documento, con impronta e firma verificata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: DOCUMENT_NOT_REQUIRED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non modificabile: ORDER_NOT_EDITABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeOrderDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documento rimosso */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Risorsa non trovata: DOCUMENT_NOT_REQUIRED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non modificabile: ORDER_NOT_EDITABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnSupplierDocument: {
        parameters: {
            query?: {
                soggetto?: string;
            };
            header?: never;
            path: {
                id: string;
                kind: "dpa" | "tracciabilita";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il documento restituito */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Soggetto mancante: SUBJECT_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non modificabile: ORDER_NOT_EDITABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadOrderDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il file, con il tipo riconosciuto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadOrderSummarySheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il PDF della scheda di sintesi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda di sintesi non disponibile: SHEET_NOT_AVAILABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadOrderSummarySheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .p7m CAdES della scheda, o la scheda firmata PAdES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Scheda firmata accettata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda di sintesi non disponibile: SHEET_NOT_AVAILABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda di sintesi diversa: SHEET_NOT_MATCHING; Firmatario non dell’ente: SIGNER_NOT_OF_AGENCY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ordinativo inviato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non inviabile: ORDER_NOT_SENDABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Documenti obbligatori mancanti: DOCUMENTS_MISSING */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ordinativo approvato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non in attesa di approvazione: ORDER_NOT_PENDING; Prenotazione sul massimale in corso: CEILING_PENDING; Massimale insufficiente: CEILING_EXCEEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Massimale non verificabile: CATALOG_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Ordinativo rifiutato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non in attesa di approvazione: ORDER_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Presa visione registrata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non approvato: ORDER_NOT_APPROVED; Risposta già data: ALREADY_ANSWERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disputeOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Contestazione registrata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Contestazione non prevista: DISPUTE_NOT_ALLOWED; Ordinativo non approvato: ORDER_NOT_APPROVED; Risposta già data: ALREADY_ANSWERED; Termine scaduto: DISPUTE_TOO_LATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishOrderOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    awardDate: string;
                    subject?: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Esito pubblicato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_ORDERING_AGENCY; Operazione non consentita: NOT_BANDITORE; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ordinativo non approvato: ORDER_NOT_APPROVED; Esito già pubblicato: OUTCOME_PUBLISHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                verso?: "ricevuti" | "emessi";
                q?: string;
                cig?: string;
                sort?: "data" | "importo";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mandati */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mandates: {
                        act?: {
                            /** Format: date */
                            date: string;
                            number: string;
                            amountCents: number;
                        };
                        mandateNumber: string;
                        /** Format: date */
                        issuedOn: string;
                        amountCents: number;
                        /** Format: date */
                        paidOn?: string;
                        paymentMethod?: string;
                        beneficiary: {
                            name: string;
                            fiscalCode?: string;
                        };
                        reason?: string;
                        /** Format: date */
                        dueOn?: string;
                        cig?: string;
                        cup?: string;
                        /** @default [] */
                        invoices?: {
                            number: string;
                            /** Format: date */
                            date?: string;
                            amountCents?: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Esito per mandato: registrato o già registrato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPaymentsCsv: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV con intestazione (separatore ; o ,) o XML con elementi <mandato>
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Esito per riga: registrato, già registrato o scartato con i motivi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; File CSV non leggibile: CSV_UNREADABLE; File XML non leggibile: XML_UNREADABLE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe righe: TOO_MANY_ROWS */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il mandato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderPayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ordinato, pagato, residuo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrderNsoDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documenti NSO dell’ordinativo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadOrderNsoDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il documento XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerOrderThroughNso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    code: "AP" | "RE" | "CA";
                    reason?: string;
                    changes?: {
                        line: number;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Risposta in trasmissione a NSO */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Motivo mancante: NSO_REASON_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: NOT_SUPPLIER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risposta all’ordine non disponibile: NSO_NOT_ANSWERABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNsoSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Impostazioni NSO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveNsoSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    officeCode: string;
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description Impostazioni salvate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: NSO_OFFICE_CODE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCigRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richieste, dalla più recente */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCigRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentCig: string;
                    /** @default null */
                    adhesionId?: string | null;
                    codiceAppalto?: string;
                    subject: string;
                    /** Format: date */
                    adhesionDate: string;
                    costCentre: string;
                    supplier: {
                        fiscalCode: string;
                        name: string;
                        /** @default IT */
                        country?: string;
                        /** @default 14 */
                        role?: string;
                        /** @default 1 */
                        kind?: string;
                    };
                    lots: {
                        lotIdentifier: string;
                        subject: string;
                        /** @enum {string} */
                        contractObject: "servizi" | "forniture" | "lavori";
                        amountCents: number;
                        cpv: string;
                        secondaryCpv?: string[];
                        nuts: string;
                        istat: string;
                        ccnl: string;
                        category: string;
                        /** @default [] */
                        secondaryCategories?: string[];
                        cup?: string;
                        financing: {
                            type: string;
                            amountCents: number;
                        }[];
                    }[];
                    singleProcedureReport: boolean;
                    /** @default false */
                    urbanisationWorks?: boolean;
                    /** @default false */
                    pnrr?: boolean;
                };
            };
        };
        responses: {
            /** @description Richiesta in bozza, con il totale dei lotti */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non utilizzabile: ADHESION_NOT_USABLE; Codici non ammessi da ANAC: ANAC_CODES_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Elenchi ANAC non disponibili: CODE_LISTS_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCigRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La richiesta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCigRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentCig: string;
                    /** @default null */
                    adhesionId?: string | null;
                    codiceAppalto?: string;
                    subject: string;
                    /** Format: date */
                    adhesionDate: string;
                    costCentre: string;
                    supplier: {
                        fiscalCode: string;
                        name: string;
                        /** @default IT */
                        country?: string;
                        /** @default 14 */
                        role?: string;
                        /** @default 1 */
                        kind?: string;
                    };
                    lots: {
                        lotIdentifier: string;
                        subject: string;
                        /** @enum {string} */
                        contractObject: "servizi" | "forniture" | "lavori";
                        amountCents: number;
                        cpv: string;
                        secondaryCpv?: string[];
                        nuts: string;
                        istat: string;
                        ccnl: string;
                        category: string;
                        /** @default [] */
                        secondaryCategories?: string[];
                        cup?: string;
                        financing: {
                            type: string;
                            amountCents: number;
                        }[];
                    }[];
                    singleProcedureReport: boolean;
                    /** @default false */
                    urbanisationWorks?: boolean;
                    /** @default false */
                    pnrr?: boolean;
                };
            };
        };
        responses: {
            /** @description La richiesta modificata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Richiesta non modificabile: CIG_REQUEST_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Adesione non utilizzabile: ADHESION_NOT_USABLE; Codici non ammessi da ANAC: ANAC_CODES_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Elenchi ANAC non disponibili: CODE_LISTS_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmAppalto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richiesta in corso presso ANAC */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: RUP_REQUIRED; Operazione non consentita: STRONG_AUTH_REQUIRED; Operazione non consentita: FISCAL_CODE_REQUIRED; Operazione non consentita: AUSA_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Appalto già confermato: CIG_REQUEST_CONFIRMED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Collegamento con ANAC non configurato: PDND_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acquireCigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description I CIG dei lotti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: RUP_REQUIRED; Operazione non consentita: STRONG_AUTH_REQUIRED; Operazione non consentita: FISCAL_CODE_REQUIRED; Operazione non consentita: AUSA_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Appalto non confermato: APPALTO_NOT_CONFIRMED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CIG non acquisiti: CIG_NOT_ACQUIRED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Collegamento con ANAC non configurato: PDND_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransmissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le trasmissioni, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSchede: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le schede */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScheda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    code: "ANN";
                    cig?: string;
                } | {
                    /** @constant */
                    code: "SC1";
                    cig?: string;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                    guaranteeCents: number;
                    /** Format: date */
                    signedOn?: string;
                    /** Format: date */
                    enforceableFrom?: string;
                } | {
                    /** @constant */
                    code: "I1";
                    /** Format: date */
                    actualStartDate: string;
                    /** Format: date */
                    expectedEndDate: string;
                    /** @default false */
                    deliveredWithReserve?: boolean;
                    deliveredInParts?: boolean;
                    startedInPhases?: boolean;
                    /** Format: date */
                    firstDeliveryReportDate?: string;
                } | {
                    /** @constant */
                    code: "CO1";
                    /** Format: date */
                    completionDate: string;
                    amountCents?: number;
                    accidents?: number;
                    permanentInjuries?: number;
                    fatalities?: number;
                } | {
                    /** @constant */
                    code: "CO2";
                    cig?: string;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    completionDate: string;
                    amountCents: number;
                };
            };
        };
        responses: {
            /** @description Scheda in bozza */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Dati non validi: CIG_NOT_IN_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CIG non ancora acquisiti: CIG_NOT_ACQUIRED; Contratto non ancora comunicato: CONTRACT_NOT_SIGNED; Affidamento annullato: APPALTO_ANNULLED; Scheda ANN non ammessa: ANN_NOT_ALLOWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamCigRequestState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flusso di eventi «state»: stato, CIG, schede con il loro stato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendScheda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheda inviata, in attesa di verifica */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: RUP_REQUIRED; Operazione non consentita: STRONG_AUTH_REQUIRED; Operazione non consentita: FISCAL_CODE_REQUIRED; Operazione non consentita: AUSA_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda non in bozza: SCHEDA_NOT_DRAFT; Affidamento annullato: APPALTO_ANNULLED; Scheda ANN non ammessa: ANN_NOT_ALLOWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Collegamento con ANAC non configurato: PDND_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyScheda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La scheda: inviata (in corso), confermata o rifiutata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: RUP_REQUIRED; Operazione non consentita: STRONG_AUTH_REQUIRED; Operazione non consentita: FISCAL_CODE_REQUIRED; Operazione non consentita: AUSA_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Esito non disponibile: PCP_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Collegamento con ANAC non configurato: PDND_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollbackScheda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "1" | "2";
                };
            };
        };
        responses: {
            /** @description Scheda in annullamento presso ANAC */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Operazione non consentita: RUP_REQUIRED; Operazione non consentita: STRONG_AUTH_REQUIRED; Operazione non consentita: FISCAL_CODE_REQUIRED; Operazione non consentita: AUSA_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda non confermata: SCHEDA_NOT_CONFIRMED; Annullamento non ammesso: ROLLBACK_NOT_ALLOWED; Annullamento già in corso: ROLLBACK_IN_PROGRESS; Annullamento non ammesso: ROLLBACK_NOT_LAST; Annullamento non accettato da ANAC: ROLLBACK_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Collegamento con ANAC non configurato: PDND_NOT_CONFIGURED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScheda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheda eliminata */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheda non in bozza: SCHEDA_NOT_DRAFT; Scheda non cancellata: SCHEDA_NOT_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCodeLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Elenchi, voci e data dell’ultima lettura */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCodeList: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Codici ed etichette */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Elenco non gestito; Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flusso di eventi: id, event: inbox, data: non lette e ultima notifica */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                contractId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifiche e numero di non lette */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifica letta (la data della prima lettura resta) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationDeliveries: {
        parameters: {
            query?: {
                stato?: "in-coda" | "inviato" | "fallito";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messaggi, dal più recente */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Modelli */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewNotificationTemplate: {
        parameters: {
            query?: {
                canale?: "inbox" | "email" | "pec";
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oggetto e testo come li leggerebbe il destinatario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND; Modello di messaggio inesistente: TEMPLATE_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readEventFeed: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eventi CloudEvents con il numero `sequence`, e il cursore `next` da cui proseguire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @constant */
                            specversion: "1.0";
                            id: string;
                            source: string;
                            type: string;
                            /** Format: date-time */
                            time: string;
                            subject?: string;
                            /** @constant */
                            datacontenttype: "application/json";
                            tenant?: string;
                            traceparent?: string;
                            correlationid?: string;
                            data: unknown;
                            /** @description Numero progressivo di commit */
                            sequence: string;
                        }[];
                        /** @description Il cursore da cui proseguire (opaco) */
                        next: string;
                    };
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Cursore non valido: CURSOR_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    filters?: (((({
                        exact: {
                            [key: string]: string;
                        };
                    } | {
                        prefix: {
                            [key: string]: string;
                        };
                    } | {
                        suffix: {
                            [key: string]: string;
                        };
                    }) | {
                        all: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        })[];
                    } | {
                        any: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        })[];
                    } | {
                        not: {
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        };
                    }) | {
                        all: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        })[];
                    } | {
                        any: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        })[];
                    } | {
                        not: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        };
                    }) | {
                        all: ((({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        })[];
                    } | {
                        any: ((({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        })[];
                    } | {
                        not: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        };
                    })[];
                };
            };
        };
        responses: {
            /** @description Webhook, con il segreto `whsec_` e la chiave pubblica `whpk_` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Indirizzo del webhook non accettato: ENDPOINT_REFUSED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eliminato */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url?: string;
                    description?: string;
                    filters?: (((({
                        exact: {
                            [key: string]: string;
                        };
                    } | {
                        prefix: {
                            [key: string]: string;
                        };
                    } | {
                        suffix: {
                            [key: string]: string;
                        };
                    }) | {
                        all: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        })[];
                    } | {
                        any: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        })[];
                    } | {
                        not: {
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        };
                    }) | {
                        all: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        })[];
                    } | {
                        any: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        })[];
                    } | {
                        not: ({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        };
                    }) | {
                        all: ((({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        })[];
                    } | {
                        any: ((({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        })[];
                    } | {
                        not: (({
                            exact: {
                                [key: string]: string;
                            };
                        } | {
                            prefix: {
                                [key: string]: string;
                            };
                        } | {
                            suffix: {
                                [key: string]: string;
                            };
                        }) | {
                            all: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            any: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            })[];
                        } | {
                            not: {
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            };
                        }) | {
                            all: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            any: (({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            })[];
                        } | {
                            not: ({
                                exact: {
                                    [key: string]: string;
                                };
                            } | {
                                prefix: {
                                    [key: string]: string;
                                };
                            } | {
                                suffix: {
                                    [key: string]: string;
                                };
                            }) | {
                                all: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                any: ({
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                })[];
                            } | {
                                not: {
                                    exact: {
                                        [key: string]: string;
                                    };
                                } | {
                                    prefix: {
                                        [key: string]: string;
                                    };
                                } | {
                                    suffix: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        };
                    })[];
                    /** @enum {string} */
                    status?: "attivo" | "disabilitato";
                };
            };
        };
        responses: {
            /** @description Webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID; Indirizzo del webhook non accettato: ENDPOINT_REFUSED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                stato?: "in-coda" | "consegnato" | "fallito";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Consegne */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    deliveryId: string;
                } | {
                    /** Format: date-time */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Messaggi rimessi in coda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Webhook disattivato: WEBHOOK_DISABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppi messaggi da riproporre: REPLAY_TOO_LARGE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook con il nuovo segreto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAmqpSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sottoscrizioni */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAmqpSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    types?: string[];
                };
            };
        };
        responses: {
            /** @description Sottoscrizione con i dati di connessione */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sottoscrizioni AMQP non disponibili: BROKER_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAmqpSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eliminata */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sottoscrizioni AMQP non disponibili: BROKER_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comunicazioni, dalla più recente, e la parte dell'ente nel contratto (nessuna: nessuna comunicazione) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "comunicazione" | "chiarimento";
                    to: {
                        /** @enum {string} */
                        party: "banditore" | "fornitore" | "aderente";
                        /** Format: uuid */
                        agencyId?: string;
                    };
                    subject: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description La comunicazione con il primo messaggio */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED; Ente non parte del contratto: NOT_A_PARTY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Comunicazioni non attive: CONTRACT_NOT_PUBLISHED; Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Destinatario non ammesso: RECIPIENT_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comunicazione */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunicationAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le operazioni, in ordine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Quando (ISO 8601) */
                        at: string;
                        /** @description L’operazione, per esempio order.approved */
                        action: string;
                        /** @description L’operazione in italiano */
                        actionLabel: string;
                        /** @description L’ente per cui è stata fatta; null: la piattaforma */
                        agencyId: string | null;
                        person: string | null;
                        profile: string | null;
                        /** @description spid, cie, cns, password, client */
                        authMethod: string | null;
                        correlationId: string | null;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @description Solo per le operazioni del proprio ente */
                        ip?: string | null;
                        userAgent?: string | null;
                    }[];
                };
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replyCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Il messaggio */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Comunicazioni non attive: CONTRACT_NOT_PUBLISHED; Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachCommunicationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, o PDF firmato (.p7m CAdES o PAdES): la firma, se c'è, è verificata e mostrata
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il messaggio con l'allegato */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Comunicazioni non attive: CONTRACT_NOT_PUBLISHED; Profilo non scelto: PROFILE_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Documento troppo grande */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCommunicationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il file, con il tipo riconosciuto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPecMembers: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Iscritti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPecMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    givenName: string;
                    familyName: string;
                    fiscalCode: string;
                    registrationNumber: string;
                    /** Format: date */
                    registeredOn: string;
                    address?: string | null;
                    phone?: string | null;
                    fax?: string | null;
                    /** Format: email */
                    referenceEmail: string;
                };
            };
        };
        responses: {
            /** @description L'iscritto */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Iscritto già presente: MEMBER_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPecMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description L'iscritto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePecMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    phone?: string | null;
                    fax?: string | null;
                    /** Format: email */
                    referenceEmail?: string;
                    givenName?: string;
                    familyName?: string;
                    fiscalCode?: string;
                };
            };
        };
        responses: {
            /** @description L'iscritto aggiornato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dati non modificabili: HOLDER_IDENTITY_FIXED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPecMailboxes: {
        parameters: {
            query?: {
                stato?: "richiesta" | "non-attiva" | "attiva" | "cancellata" | "trasferita" | "rifiutata";
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Caselle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPecMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    memberId: string;
                    /** Format: email */
                    transferFromAddress?: string;
                };
            };
        };
        responses: {
            /** @description La casella in richiesta */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Casella già presente: MAILBOX_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPecMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La casella */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPecMailboxPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La richiesta, registrata: il gestore la esegue a breve */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Casella non gestibile: MAILBOX_NOT_LIVE; Richiesta già in corso: REQUEST_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePecMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La richiesta, registrata: il gestore la esegue a breve */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Casella non gestibile: MAILBOX_NOT_LIVE; Richiesta già in corso: REQUEST_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferPecMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destinationOrder: string;
                };
            };
        };
        responses: {
            /** @description La richiesta, registrata: il gestore la esegue a breve */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Casella non gestibile: MAILBOX_NOT_LIVE; Richiesta già in corso: REQUEST_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPecRequests: {
        parameters: {
            query?: {
                stato?: "richiesta" | "inviata" | "eseguita" | "rifiutata";
                tipo?: "nuova-casella" | "modifica-titolare" | "reset-password" | "cancellazione" | "trasferimento-ingresso" | "trasferimento-uscita" | "segnalazione-anomalia";
                memberId?: string;
                mailboxId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Richieste */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPecRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La richiesta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPecAnomalies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segnalazioni */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportPecAnomaly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "non-di-competenza" | "mancante" | "dati-errati";
                    /** Format: email */
                    address?: string;
                    description: string;
                };
            };
        };
        responses: {
            /** @description La segnalazione, registrata */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPecAnomaly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La segnalazione */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkPecImport: {
        parameters: {
            query: {
                formato: "ini-pec" | "nuove-iscrizioni";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV con separatore ;
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Il caricamento con il resoconto di ogni riga */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description File non leggibile: CSV_UNREADABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPecImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Il caricamento */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyPecImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: number[];
                };
            };
        };
        responses: {
            /** @description Righe applicate e già applicate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Risorsa non trovata (o di un altro ente): NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Righe non applicabili: ROWS_NOT_APPLICABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportIniPec: {
        parameters: {
            query?: {
                giorno?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV separato da ;, Stato 1 aggiornamento, 2 inserimento, 3 cancellazione */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIniPec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Estratto INI-PEC, CSV separato da ;
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Le differenze, titolare per titolare */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Autenticazione richiesta: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, SCOPE_REQUIRED, CLIENT_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description File non leggibile: CSV_UNREADABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Troppe richieste: RATE_LIMITED (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Errore (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCallableOperations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gli operationId invocabili e i servizi che non hanno risposto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        operations: string[];
                        unavailable: string[];
                    };
                };
            };
            /** @description Token non valido: UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

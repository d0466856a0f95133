import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  supplierRegistrationLifecycle,
  supplierRequestSchema,
  type SupplierRegistration,
} from '../src/suppliers/supplier-registration.rules.js';

describe('«Registrazione indirizzario» (seed 002)', () => {
  const request = {
    name: 'Arredi Toscani S.r.l.',
    fiscalCode: '01234567897',
    pec: 'gare@pec.arreditoscani.example',
    address: 'Via Roma 1, 50100 Firenze',
    referent: {
      fiscalCode: 'BNCLRA80A41D612H',
      givenName: 'Laura',
      familyName: 'Bianchi',
      email: 'laura.bianchi@arreditoscani.example',
    },
  };

  it('asks for a valid codice fiscale or partita IVA, a PEC and a referent with an e-mail', () => {
    assert.equal(supplierRequestSchema.safeParse(request).success, true);
    for (const wrong of [
      { ...request, fiscalCode: '01234567890' },
      { ...request, pec: 'non-una-pec' },
      { ...request, referent: { ...request.referent, email: undefined } },
    ])
      assert.equal(supplierRequestSchema.safeParse(wrong).success, false);
  });

  it('is decided once by the Gestore', () => {
    const decided = { status: 'approvata' } as SupplierRegistration;
    assert.throws(
      () => supplierRegistrationLifecycle.check('rejected', decided),
      /già stata approvata/,
    );
    supplierRegistrationLifecycle.check('approved', {
      status: 'in-attesa',
    } as SupplierRegistration);
  });
});

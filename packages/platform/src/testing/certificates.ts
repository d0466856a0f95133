import { createCertificationAuthority, type CertificationAuthority } from '../x509/authority.js';

export type { IssuedCertificate } from '../x509/authority.js';
export type TestAuthority = CertificationAuthority;

/**
 * A certification authority made at test time, never downloaded: for CNS cards and TLS in tests.
 */
export const createTestAuthority = (name: string): Promise<TestAuthority> =>
  createCertificationAuthority(name);

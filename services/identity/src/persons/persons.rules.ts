/** A person of the platform: one across agencies, known by codice fiscale. */
export interface Person {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

export interface PersonFacts {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string | null;
}

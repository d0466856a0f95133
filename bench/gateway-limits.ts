// The gateway as a bench runs it: one person, one partner or one agency asking from one address as
// fast as the run asks, so no rate or concurrency limit stands in the way of what is measured.
export const liftedGatewayLimits = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_PERSON_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_CLIENT_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_AGENCY_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000000',
  AGENCY_CONCURRENCY: '100000',
};

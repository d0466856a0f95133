/**
 * Metadata policies (OpenID Federation 1.0 §6.1): a superior narrows what a subordinate may
 * declare. The operators run in the order the specification fixes; a violation refuses the whole
 * entity.
 */
export type MetadataPolicy = Record<string, ClaimPolicy>;
export interface ClaimPolicy {
  value?: unknown;
  add?: unknown[];
  default?: unknown;
  one_of?: unknown[];
  subset_of?: unknown[];
  superset_of?: unknown[];
  essential?: boolean;
}

export class PolicyViolation extends Error {
  constructor(
    readonly claim: string,
    readonly operator: keyof ClaimPolicy,
    detail: string,
  ) {
    super(`metadata policy: ${claim} (${operator}) ${detail}`);
  }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const includes = (list: unknown[], item: unknown) =>
  list.some((candidate) => same(candidate, item));

function applyClaim(claim: string, declared: unknown, policy: ClaimPolicy): unknown {
  let value = declared;
  if ('value' in policy) value = policy.value;
  if (policy.add)
    value = [...asList(value), ...policy.add.filter((item) => !includes(asList(value), item))];
  if (value === undefined && 'default' in policy) value = policy.default;
  if (value !== undefined && policy.one_of && !includes(policy.one_of, value)) {
    throw new PolicyViolation(
      claim,
      'one_of',
      `«${JSON.stringify(value)}» is not one of ${JSON.stringify(policy.one_of)}`,
    );
  }
  const subset = policy.subset_of;
  if (value !== undefined && subset) {
    // The subset is the intersection: values the superior does not allow are dropped, not refused.
    const kept = asList(value).filter((item) => includes(subset, item));
    value = kept.length > 0 ? kept : undefined;
  }
  if (
    value !== undefined &&
    policy.superset_of &&
    !policy.superset_of.every((item) => includes(asList(value), item))
  ) {
    throw new PolicyViolation(
      claim,
      'superset_of',
      `must contain ${JSON.stringify(policy.superset_of)}`,
    );
  }
  if (policy.essential && value === undefined)
    throw new PolicyViolation(claim, 'essential', 'is required and missing');
  return value;
}

/** The metadata as the federation sees it: each policed claim passed through its policy. */
export function applyMetadataPolicy(
  metadata: Record<string, unknown>,
  policy: MetadataPolicy | undefined,
): Record<string, unknown> {
  if (!policy) return { ...metadata };
  const result: Record<string, unknown> = { ...metadata };
  for (const [claim, claimPolicy] of Object.entries(policy)) {
    const value = applyClaim(claim, result[claim], claimPolicy);
    if (value === undefined) delete result[claim];
    else result[claim] = value;
  }
  return result;
}

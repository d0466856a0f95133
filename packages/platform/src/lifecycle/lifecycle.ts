import { refuse, type Refusal, defined } from '../errors/index.js';

/**
 * One step of a lifecycle, declared as data in a capability's rules: the states it leaves, the
 * state it reaches, who takes it, what the history calls it, the event it emits, and what a person
 * is told when the record is not in a state the step leaves.
 */
export interface StepSpec<S extends string> {
  from: readonly S[];
  to: S;
  /** Who takes the step: a party of the record («ordinante», «banditore») or a system («ANAC»). */
  by: string;
  /**
   * Taken by the platform on another system's answer: a late or repeated answer is ignored, never
   * refused.
   */
  system?: boolean;
  /**
   * The history's action code (several steps may share one: two ways ANAC refuses); the step's name
   * when absent.
   */
  action?: string;
  /** The audit entry's action when it differs from the history's. */
  audit?: string;
  /** The event type the step emits, if any. */
  emits?: string;
  /**
   * Refusal when the record is in another state, and the words before the record's state
   * («Impossibile inviare»).
   */
  refusal?: Refusal;
  refused?: string;
  /** Said after the record's state, when the person needs to know what comes first. */
  hint?: string;
}

export interface LifecycleSpec<
  S extends string,
  K extends string,
  R extends { status: S } = { status: S },
> {
  /** The entity's code in audit entries («order», «adhesion»). */
  entity: string;
  /** The Italian name of the record, for the generated page («Ordinativo di fornitura»). */
  title: string;
  /** Every state with its Italian label. */
  states: Record<S, string>;
  /** The states a record is created in. */
  initial: readonly S[];
  /** The history's Italian label of each action. */
  actions: Record<string, string>;
  /** How a refusal names the record and its state («l'ordinativo ORD-1 è «Inviato»»). */
  describe: (record: R) => string;
  /**
   * The refusal's whole sentence, where the capability words it otherwise than «refused: described;
   * hint.».
   */
  refusalText?: (step: StepSpec<S>, record: R) => string;
  steps: Record<K, StepSpec<S>>;
}

/** What a step did: for the history row, the event and the audit entry. */
export interface StepTaken<S extends string> {
  step: string;
  action: string;
  /** `<entity>.<action>` for the audit entry. */
  audit: string;
  label: string;
  from: S;
  to: S;
  emits?: string;
}

/** The event a step taken emits: a record that publishes asks it of a step that declares one. */
export function emittedEvent(taken: { action: string; emits?: string }): string {
  if (!taken.emits) throw new Error(`il passo ${taken.action} non dichiara l'evento che emette`);
  return taken.emits;
}
export interface Lifecycle<
  S extends string,
  K extends string,
  R extends { status: S } = { status: S },
> extends LifecycleSpec<S, K, R> {
  /**
   * Whether the step leaves this state (event handlers use it to ignore a late or repeated answer).
   */
  can(step: K, state: S): boolean;
  /** The step's outcome from this record, or its declared refusal in Italian. */
  check(step: K, record: R): StepTaken<S>;
}

/**
 * A lifecycle from its declaration, checked once when the module loads: every step leaves and
 * reaches declared states, has a history label, and says what it refuses with when it can be
 * refused.
 */
export function defineLifecycle<S extends string, K extends string, R extends { status: S }>(
  spec: LifecycleSpec<S, K, R>,
): Lifecycle<S, K, R> {
  for (const [name, step] of Object.entries<StepSpec<S>>(spec.steps)) {
    const unknown = [...step.from, step.to].filter((state) => !(state in spec.states));
    if (unknown.length)
      throw new Error(`${spec.entity}.${name}: stati non dichiarati ${unknown.join(', ')}`);
    if (!spec.actions[step.action ?? name])
      throw new Error(`${spec.entity}.${name}: manca l'etichetta della storia`);
    if (!step.system && (!step.refusal || !step.refused))
      throw new Error(
        `${spec.entity}.${name}: un passo compiuto da una persona dichiara il rifiuto`,
      );
  }
  const can = (step: K, state: S) => spec.steps[step].from.includes(state);
  return {
    ...spec,
    can,
    check(step, record) {
      const declared = spec.steps[step];
      if (!can(step, record.status)) {
        if (!declared.refusal || !declared.refused)
          throw new Error(
            `${spec.entity}.${step}: passo di sistema da uno stato non previsto (${record.status})`,
          );
        const text =
          spec.refusalText?.(declared, record) ??
          `${declared.refused}: ` +
            `${spec.describe(record)}${declared.hint ? `; ${declared.hint}` : ''}.`;
        throw refuse(declared.refusal, text);
      }
      const action = declared.action ?? step;
      const audit = `${spec.entity}.${declared.audit ?? action}`;
      return {
        step,
        action,
        audit,
        label: defined(spec.actions[action]),
        from: record.status,
        to: declared.to,
        ...(declared.emits ? { emits: declared.emits } : {}),
      };
    },
  };
}

/**
 * What a step writes besides the state: each capability's own tables, in the caller's transaction.
 */
export interface StepEffects<S extends string> {
  /** Writes the new state (with whatever the step sets beside it). */
  save(to: S): Promise<unknown>;
  /**
   * The history row and the event, where the capability keeps them (required when the step emits).
   */
  record?(taken: StepTaken<S>): Promise<unknown>;
  /** The audit entry, by its action name (`<entity>.<action>`). */
  audit?(action: string): Promise<unknown>;
}

/**
 * Runs one declared step: the guard, the new state, the history (with the event it emits) and the
 * audit entry, in that order and in the caller's transaction, so all of it commits or none does.
 */
export async function takeStep<S extends string, K extends string, R extends { status: S }>(
  lifecycle: Lifecycle<S, K, R>,
  step: K,
  record: NoInfer<R>,
  effects: StepEffects<NoInfer<S>>,
): Promise<StepTaken<S>> {
  const taken = lifecycle.check(step, record);
  if (taken.emits && !effects.record)
    throw new Error(
      `${lifecycle.entity}.${step}: il passo emette ${taken.emits} ma non lo scrive nessuno`,
    );
  await effects.save(taken.to);
  await effects.record?.(taken);
  await effects.audit?.(taken.audit);
  return taken;
}

const node = (state: string) => state.replaceAll('-', '_');

/** The lifecycle as a Mermaid state diagram: states by their labels, steps by who takes them. */
export function mermaidOf<S extends string, K extends string, R extends { status: S }>(
  lifecycle: Lifecycle<S, K, R>,
): string {
  const lines = ['stateDiagram-v2'];
  for (const [state, label] of Object.entries(lifecycle.states))
    lines.push(`  ${node(state)}: ${label}`);
  for (const state of lifecycle.initial) lines.push(`  [*] --> ${node(state)}`);
  for (const [name, step] of Object.entries<StepSpec<S>>(lifecycle.steps)) {
    const label = lifecycle.actions[step.action ?? name];
    for (const from of step.from)
      lines.push(`  ${node(from)} --> ${node(step.to)}: ${label} (${step.by})`);
  }
  return lines.join('\n');
}

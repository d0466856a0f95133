// The rendered overlays as a cluster would hold them: the objects the operators create beside ours (the
// database's and the broker's Services and Secrets, the operator's own Secrets and ConfigMaps), each
// pod's environment resolved as the kubelet resolves it, and NetworkPolicy evaluated as Kubernetes does.
import { randomBytes } from 'node:crypto';
import type { UncheckedJson } from '@app/platform/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { defined } from '@app/platform/errors';

/** The platform's own PEC box, as a provider's login names it (the @ encoded). */
const pecUser = 'negozio-elettronico%40pec.negozio.example.it';

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: UncheckedJson;
  data?: Record<string, string>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
export const namespace = 'negozio';

/** Whether kubectl renders here; CI always has it (.ci/run installs one), elsewhere the tests say it is missing. */
export const kubectlSkip = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return false;
  } catch {
    return process.env.CI === 'true' ? false : 'kubectl is not installed';
  }
})();

/** `kubectl kustomize` of an overlay (dev, prod), parsed. */
export function renderOverlay(overlay: string): Manifest[] {
  const output = execFileSync(
    'kubectl',
    ['kustomize', join(root, 'deploy/k8s/overlays', overlay)],
    { encoding: 'utf8', maxBuffer: 32 << 20 },
  );
  return parseAllDocuments(output).map((doc) => doc.toJS() as Manifest);
}

const secretValue = () => randomBytes(24).toString('base64url');

/**
 * The Secrets and ConfigMaps the manifests reference but do not hold, with a value of the shape each
 * one has in a cluster: CloudNativePG's application secret, the RabbitMQ operator's default user, and
 * what docs/operations.md tells the operator to create. Passwords and keys are random on every call.
 */
export function providedObjects(): {
  secrets: Record<string, Record<string, string>>;
  configMaps: Record<string, Record<string, string>>;
} {
  const mqUser = `default_user_${secretValue().slice(0, 8)}`;
  const mqPassword = secretValue();
  return {
    secrets: {
      // CloudNativePG: <cluster>-app, key uri (https://cloudnative-pg.io/documentation/current/applications/).
      'negozio-db-app': {
        uri: `postgresql://negozio:${secretValue()}@negozio-db-rw.negozio:5432/negozio`,
        username: 'negozio',
        password: secretValue(),
      },
      // RabbitMQ Cluster Operator: <cluster>-default-user.
      'negozio-mq-default-user': {
        username: mqUser,
        password: mqPassword,
        host: 'negozio-mq.negozio.svc',
        port: '5672',
        connection_string: `amqp://${mqUser}:${mqPassword}@negozio-mq.negozio.svc:5672/`,
      },
      'negozio-identity': { 'signing-key-secret': secretValue() },
      'negozio-cns': { 'forward-secret': secretValue() },
      'negozio-web': { 'csrf-secret': secretValue(), 'portal-forward-secret': secretValue() },
      'negozio-mail': {
        'smtp-url': `smtps://negozio:${secretValue()}@smtp.mail-provider.example.it:465`,
      },
      'negozio-nso': { token: secretValue() },
      'negozio-pec': {
        'smtp-url': `smtps://${pecUser}:${secretValue()}@smtps.pec.example-provider.it:465`,
        'imap-url': `imaps://${pecUser}:${secretValue()}@imaps.pec.example-provider.it:993`,
      },
      'negozio-notify': {
        'feed-cursor-secret': secretValue(),
        'secrets-keys': `${new Date().getFullYear()}-1:${randomBytes(32).toString('base64')}`,
      },
      'negozio-pec-admin': {
        'partner-accounts': JSON.stringify({
          '80003150504': { user: 'ordine-pisa', password: secretValue() },
        }),
      },
    },
    configMaps: {
      'negozio-trust': {
        'cns-ca.pem': '(PEM)',
        'signature-cas.pem': '(PEM)',
        'federation-trust-anchors.json': '(JSON)',
      },
    },
  };
}

/** The Services the operators create: name → the pods they select and their ports. */
export const operatorServices: Record<
  string,
  { selector: Record<string, string>; ports: number[] }
> = {
  'negozio-db-rw': {
    selector: { 'cnpg.io/cluster': 'negozio-db', 'cnpg.io/instanceRole': 'primary' },
    ports: [5432],
  },
  'negozio-db-ro': {
    selector: { 'cnpg.io/cluster': 'negozio-db', 'cnpg.io/instanceRole': 'replica' },
    ports: [5432],
  },
  'negozio-mq': {
    selector: { 'app.kubernetes.io/name': 'negozio-mq' },
    ports: [5672, 15672, 15692, 5671],
  },
};

export interface Container {
  name: string;
  command?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

/** A container's environment as the kubelet gives it: envFrom first, then env in order with $(VAR) expanded. */
export function containerEnvironment(
  container: Container,
  manifests: Manifest[],
  provided = providedObjects(),
): Record<string, string> {
  const configMap = (name: string) =>
    manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === name)?.data ??
    provided.configMaps[name];
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    const data = source.configMapRef && configMap(source.configMapRef.name);
    if (!data)
      throw new Error(`${container.name}: ConfigMap ${source.configMapRef?.name} does not exist`);
    Object.assign(env, data);
  }
  for (const variable of container.env ?? []) {
    const { secretKeyRef, configMapKeyRef } = variable.valueFrom ?? {};
    let value: string | undefined;
    if (secretKeyRef) value = provided.secrets[secretKeyRef.name]?.[secretKeyRef.key];
    else if (configMapKeyRef) value = configMap(configMapKeyRef.name)?.[configMapKeyRef.key];
    else
      value = (variable.value ?? '').replace(
        /\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g,
        (whole, name: string) => env[name] ?? whole,
      );
    if (value === undefined)
      throw new Error(
        `${container.name}: ${variable.name} refers to ${JSON.stringify(variable.valueFrom)}, which nobody provides`,
      );
    env[variable.name] = value;
  }
  return env;
}

/** The pod templates of Deployments, Jobs and CronJobs: name, labels, containers (init containers first). */
export function podTemplates(
  manifests: Manifest[],
): { name: string; kind: string; labels: Record<string, string>; containers: Container[] }[] {
  return manifests.flatMap((m) => {
    const template =
      m.kind === 'CronJob'
        ? m.spec.jobTemplate.spec.template
        : ['Deployment', 'Job'].includes(m.kind)
          ? m.spec.template
          : undefined;
    if (!template) return [];
    return [
      {
        name: m.metadata.name,
        kind: m.kind,
        labels: template.metadata.labels,
        containers: [...(template.spec.initContainers ?? []), ...template.spec.containers],
      },
    ];
  });
}

// ——— NetworkPolicy semantics (networking.k8s.io/v1) ———

export interface Endpoint {
  /** A pod: its namespace and labels; or an address outside the cluster. */
  namespace?: string;
  labels?: Record<string, string>;
  ip?: string;
  ports?: { name?: string; containerPort: number }[];
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface PolicyPort {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: PolicyPort[];
}

export function selects(
  selector: LabelSelector | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {}))
    if (labels[key] !== value) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = key in labels;
    if (operator === 'In' && !(has && values.includes(defined(labels[key])))) return false;
    if (operator === 'NotIn' && has && values.includes(defined(labels[key]))) return false;
    if (operator === 'Exists' && !has) return false;
    if (operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

const ipNumber = (ip: string) => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipNumber(ip) / size) === Math.floor(ipNumber(base) / size);
}

/** Whether a peer of a policy in `policyNamespace` matches an endpoint. */
function peerMatches(peer: Peer, endpoint: Endpoint, policyNamespace: string): boolean {
  if (peer.ipBlock) {
    // Outside addresses only: pods are matched by selectors (ipBlock on pod addresses is left to the plugin).
    return (
      endpoint.ip !== undefined &&
      inCidr(endpoint.ip, peer.ipBlock.cidr) &&
      !(peer.ipBlock.except ?? []).some((cidr) => inCidr(defined(endpoint.ip), cidr))
    );
  }
  if (endpoint.ip !== undefined || !endpoint.labels) return false;
  const namespaceLabels = { 'kubernetes.io/metadata.name': defined(endpoint.namespace) };
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, namespaceLabels)
    : endpoint.namespace === policyNamespace;
  return namespaceOk && selects(peer.podSelector, endpoint.labels);
}

function portMatches(
  ports: PolicyPort[] | undefined,
  port: number,
  protocol: string,
  target: Endpoint,
): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    const number =
      typeof p.port === 'number'
        ? p.port
        : target.ports?.find((named) => named.name === p.port)?.containerPort;
    return (
      number !== undefined && (p.endPort ? port >= number && port <= p.endPort : port === number)
    );
  });
}

/** Whether Kubernetes lets `source` open a connection to `target` on `port`, under the given policies. */
export function connectionAllowed(
  policies: Manifest[],
  source: Endpoint,
  target: Endpoint,
  port: number,
  protocol = 'TCP',
): boolean {
  const typesOf = (policy: Manifest): string[] =>
    policy.spec.policyTypes ?? (policy.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
  const governing = (endpoint: Endpoint, type: string) =>
    policies.filter(
      (policy) =>
        endpoint.labels &&
        (policy.metadata.namespace ?? namespace) === endpoint.namespace &&
        selects(policy.spec.podSelector, endpoint.labels) &&
        typesOf(policy).includes(type),
    );
  const egressPolicies = governing(source, 'Egress');
  const egressOk =
    egressPolicies.length === 0 ||
    egressPolicies.some((policy) =>
      ((policy.spec.egress as Rule[] | undefined) ?? []).some(
        (rule) =>
          (!rule.to ||
            rule.to.some((peer) =>
              peerMatches(peer, target, policy.metadata.namespace ?? namespace),
            )) &&
          portMatches(rule.ports, port, protocol, target),
      ),
    );
  if (!egressOk) return false;
  const ingressPolicies = governing(target, 'Ingress');
  return (
    ingressPolicies.length === 0 ||
    ingressPolicies.some((policy) =>
      ((policy.spec.ingress as Rule[] | undefined) ?? []).some(
        (rule) =>
          (!rule.from ||
            rule.from.some((peer) =>
              peerMatches(peer, source, policy.metadata.namespace ?? namespace),
            )) &&
          portMatches(rule.ports, port, protocol, target),
      ),
    )
  );
}

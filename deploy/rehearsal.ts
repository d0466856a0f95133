// A production rehearsal on this machine: every component started from the image buildah built, with the
// environment the prod overlay gives its pod. What a cluster would provide is mapped to this machine: each
// pod gets an address of its own on the loopback network (127.0.1.x, its real ports), the cluster's DNS
// names and the external systems' names resolve there through the container's /etc/hosts, the Secrets
// hold this machine's database and broker credentials, and the simulators stand in for PDND, ANAC PCP
// and the mail relay at names of their own. Nothing else is changed: production mode checks it all.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  containerEnvironment,
  podTemplates,
  providedObjects,
  renderOverlay,
  type Container,
  type Manifest,
} from './k8s/cluster-model.js';
import { defined } from '@app/platform/errors';

export const buildah = ['--storage-driver', 'vfs'];

/** The pod address of each component in the rehearsal (its own loopback address, its own ports). */
export const podAddresses: Record<string, string> = {
  identity: '127.0.1.1',
  catalog: '127.0.1.2',
  adhesion: '127.0.1.3',
  ordering: '127.0.1.4',
  'anac-gateway': '127.0.1.5',
  notify: '127.0.1.6',
  'pec-admin': '127.0.1.7',
  gateway: '127.0.1.8',
  web: '127.0.1.9',
};
/** Where the names of systems the rehearsal does not stand in for lead: an address nothing listens on. */
const nowhere = '127.0.3.1';

export interface RehearsalSettings {
  /** The run's database (this machine's PostgreSQL) and broker virtual host. */
  databaseUrl: string;
  amqpUrl: string;
  schemaSuffix: string;
  /** Folders mounted where the pods mount their ConfigMap and Secret volumes. */
  files: { trust: string; pdnd: string; cnsTls: string };
  /** The simulators' ports on 127.0.0.1 (reached by the names below). */
  pcpPort: number;
  smtpPort: number;
}

export const simulatorHosts = {
  anac: 'anac-pcp.prova.internal',
  mail: 'smtp.prova.internal',
  qualifiedCa: 'ca.certificatore.prova.internal',
};

/** The prod overlay's pods with this machine's values in the Secrets and the simulators in the site's settings. */
export function rehearsalPods(
  settings: RehearsalSettings,
  provided = providedObjects(),
): {
  manifests: Manifest[];
  pods: {
    name: string;
    kind: string;
    containers: { container: Container; env: Record<string, string> }[];
  }[];
  hosts: string;
} {
  const manifests = renderOverlay('prod');
  pointSecretsAtRehearsal(settings, provided);
  pointSiteAtSimulators(settings, manifests);
  const pods = podTemplates(manifests).map((pod) => ({
    name: pod.name,
    kind: pod.kind,
    containers: pod.containers.map((container) => {
      const env = containerEnvironment(container, manifests, provided);
      // The rehearsal's own: the pod's address, the run's schemas.
      const address = podAddresses[pod.name];
      if (address) env.HOST = address;
      env.DATABASE_SCHEMA_SUFFIX = settings.schemaSuffix;
      return { container, env };
    }),
  }));
  return { manifests, pods, hosts: rehearsalHosts(pods.flatMap((pod) => pod.containers)) };
}

/** The secrets the operators provide, holding the rehearsal's database, broker and mail server. */
function pointSecretsAtRehearsal(
  settings: RehearsalSettings,
  provided: ReturnType<typeof providedObjects>,
) {
  const secret = (name: string) => defined(provided.secrets[name], `the provided secret ${name}`);
  const database = new URL(settings.databaseUrl);
  database.hostname = 'negozio-db-rw.negozio';
  secret('negozio-db-app').uri = database.toString();
  const broker = new URL(settings.amqpUrl);
  const brokerUser = decodeURIComponent(broker.username);
  const brokerPassword = decodeURIComponent(broker.password);
  broker.hostname = 'negozio-mq.negozio.svc';
  Object.assign(secret('negozio-mq-default-user'), {
    username: brokerUser,
    password: brokerPassword,
    connection_string: broker.toString(),
  });
  secret('negozio-mail')['smtp-url'] = `smtp://${simulatorHosts.mail}:${settings.smtpPort}`;
}

/** The site settings' ANAC addresses, pointed at the simulators. */
function pointSiteAtSimulators(settings: RehearsalSettings, manifests: Manifest[]) {
  const siteMap = manifests.find(
    (m) => m.kind === 'ConfigMap' && m.metadata.name === 'negozio-site',
  );
  const site = defined(siteMap?.data, 'the ConfigMap negozio-site');
  const anac = `http://${simulatorHosts.anac}:${settings.pcpPort}`;
  site.PDND_TOKEN_URL = `${anac}/token.oauth2`;
  const eservices = JSON.parse(defined(site.PCP_ESERVICES, 'PCP_ESERVICES')) as Record<
    string,
    { url: string; purposeId: string }
  >;
  for (const [name, eservice] of Object.entries(eservices))
    eservice.url = `${anac}/modi/rest/${name}/v1`;
  site.PCP_ESERVICES = JSON.stringify(eservices);
}

/** The hosts file of the rehearsal: its own names here, every other name a setting holds nowhere. */
function rehearsalHosts(containers: { env: Record<string, string> }[]): string {
  const names = new Map<string, string>([
    ['localhost', '127.0.0.1'],
    ['negozio-db-rw.negozio', '127.0.0.1'],
    ['negozio-mq.negozio.svc', '127.0.0.1'],
    [simulatorHosts.anac, '127.0.0.1'],
    [simulatorHosts.mail, '127.0.0.1'],
    [simulatorHosts.qualifiedCa, '127.0.0.1'],
  ]);
  for (const [name, address] of Object.entries(podAddresses))
    names.set(`${name}.negozio.svc`, address);
  // Identity providers, the PEC provider: never the Internet.
  for (const { env } of containers) {
    for (const value of Object.values(env)) {
      for (const [, host] of value.matchAll(
        /[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s"]*@)?([a-z0-9.-]+\.[a-z]{2,})/gi,
      ))
        if (host && !names.has(host)) names.set(host, nowhere);
    }
  }
  const hosts = [...names].map(([name, address]) => `${address} ${name}`).join('\n');
  return `${hosts}\n`;
}

/** Writes the mounted files: the trust ConfigMap, the PDND key Secret, the gateway's TLS Secret. */
export function writeMountedFiles(
  folder: string,
  files: {
    cnsCa: string;
    signatureCas: string;
    federationAnchors: string;
    pdndKey: string;
    tlsCertificate: string;
    tlsKey: string;
  },
): RehearsalSettings['files'] {
  const write = (dir: string, name: string, text: string) => {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, name), text);
    // Readable by the image's user (uid 1000), as the kubelet makes them with fsGroup.
    chmodSync(join(dir, name), 0o644);
    return dir;
  };
  const trust = join(folder, 'trust');
  write(trust, 'cns-ca.pem', files.cnsCa);
  write(trust, 'signature-cas.pem', files.signatureCas);
  write(trust, 'federation-trust-anchors.json', files.federationAnchors);
  const pdnd = write(join(folder, 'pdnd'), 'client-key.pem', files.pdndKey);
  const cnsTls = join(folder, 'cns-tls');
  write(cnsTls, 'tls.crt', files.tlsCertificate);
  write(cnsTls, 'tls.key', files.tlsKey);
  chmodSync(folder, 0o755);
  return { trust, pdnd, cnsTls };
}

/** A container of the image, to run the pods' commands in (chroot isolation, the host's network). */
export function workingContainer(image: string): { id: string; remove(): void } {
  const id = execFileSync('buildah', [...buildah, 'from', '--quiet', image], {
    encoding: 'utf8',
  }).trim();
  return {
    id,
    remove: () => void execFileSync('buildah', [...buildah, 'rm', id], { stdio: 'ignore' }),
  };
}

/** `buildah run` of a command in the container, with an environment, the mounted files and the hosts file. */
export function runInContainer(
  container: string,
  command: string[],
  env: Record<string, string>,
  mounts: { hostsFile: string; files: RehearsalSettings['files'] },
): ChildProcess {
  const volumes = [
    `${mounts.hostsFile}:/etc/hosts:ro`,
    `${mounts.files.trust}:/etc/negozio/trust:ro`,
    `${mounts.files.pdnd}:/etc/negozio/pdnd:ro`,
    `${mounts.files.cnsTls}:/etc/negozio/cns-tls:ro`,
  ];
  const args = [
    ...buildah,
    'run',
    '--isolation',
    'chroot',
    '--no-hosts',
    ...volumes.flatMap((volume) => ['--volume', volume]),
    ...Object.entries(env).flatMap(([name, value]) => ['--env', `${name}=${value}`]),
    container,
    '--',
    ...command,
  ];
  return spawn('buildah', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

// The Dockerfile's steps without a Docker engine: each stage in a folder of its own (the stage's root
// filesystem), COPY from the build context (less .dockerignore) or from an earlier stage, RUN in the
// stage's WORKDIR with its ENV, a cache mount as the machine's own npm cache. What it cannot be is the
// base image: the steps run on this machine's Node.js. The result is the last stage's WORKDIR, ENV, USER
// and CMD, to start a component from.
//   npx tsx scripts/image-steps.ts <empty folder>
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface BuiltImage { workdir: string; env: Record<string, string>; user?: string; cmd: string[] }

interface Stage { name?: string; root: string; workdir: string; env: Record<string, string>; user?: string; cmd: string[] }

/** Dockerfile lines with their continuations joined, comments and parser directives left out. */
function instructions(dockerfile: string): [string, string][] {
  return dockerfile.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.split(/\s+/)[0]!.toUpperCase(), line.slice(line.indexOf(' ') + 1).trim()]);
}

/** The build context's top-level entries that .dockerignore leaves in. */
function contextEntries(context: string): string[] {
  const ignored = existsSync(join(context, '.dockerignore'))
    ? readFileSync(join(context, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean) : [];
  return readdirSync(context).filter((entry) => !ignored.includes(entry));
}

function copy(stage: Stage, args: string, context: string, stages: Stage[]): void {
  const from = /^--from=(\S+)\s+/.exec(args);
  const [source, target] = (from ? args.slice(from[0].length) : args).split(/\s+/) as [string, string];
  const destination = target.startsWith('/') ? join(stage.root, target) : join(stage.workdir, target);
  mkdirSync(destination, { recursive: true });
  if (from) {
    const origin = stages.find((candidate) => candidate.name === from[1])!;
    cpSync(join(origin.root, source), destination, { recursive: true });
    return;
  }
  if (source !== '.') throw new Error(`COPY ${args}: only the whole context is copied from it`);
  for (const entry of contextEntries(context)) cpSync(join(context, entry), join(destination, entry), { recursive: true });
}

function run(stage: Stage, args: string): void {
  const mount = /^--mount=type=cache,target=(\S+)\s+/.exec(args);
  const command = mount ? args.slice(mount[0].length) : args;
  // A cache mount of npm's cache is this machine's npm cache: downloads are kept out of the image either way.
  const cache = mount?.[1] === '/root/.npm' ? { npm_config_cache: join(homedir(), '.npm') } : {};
  execSync(command, { cwd: stage.workdir, stdio: 'inherit', env: { ...process.env, ...stage.env, ...cache, CI: 'true' } });
}

export function performImageSteps(context: string, folder: string): BuiltImage {
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  for (const [keyword, args] of instructions(readFileSync(join(context, 'Dockerfile'), 'utf8'))) {
    if (keyword === 'FROM') {
      const root = join(folder, `stage-${stages.length}`);
      stage = { name: /\sAS\s+(\S+)/i.exec(args)?.[1], root, workdir: root, env: {}, cmd: [] };
      stages.push(stage);
      mkdirSync(root, { recursive: true });
    } else if (!stage) throw new Error(`${keyword} before FROM`);
    else if (keyword === 'WORKDIR') mkdirSync(stage.workdir = join(stage.root, args), { recursive: true });
    else if (keyword === 'ENV') Object.assign(stage.env, Object.fromEntries([...args.matchAll(/(\w+)=(\S+)/g)].map(([, key, value]) => [key!, value!])));
    else if (keyword === 'COPY') copy(stage, args, context, stages);
    else if (keyword === 'RUN') run(stage, args);
    else if (keyword === 'USER') stage.user = args;
    else if (keyword === 'CMD') stage.cmd = JSON.parse(args) as string[];
    else if (keyword !== 'HEALTHCHECK') throw new Error(`${keyword}: not a step this script performs`);
  }
  const last = stages.at(-1)!;
  return { workdir: last.workdir, env: last.env, user: last.user, cmd: last.cmd };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = performImageSteps(process.cwd(), process.argv[2] ?? join(process.cwd(), '.data', 'image'));
  console.log(JSON.stringify(built));
}

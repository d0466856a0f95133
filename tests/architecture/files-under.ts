import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder whose name `keep` accepts, outside node_modules. */
export const filesUnder = (folder: string, keep: (name: string) => boolean): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });

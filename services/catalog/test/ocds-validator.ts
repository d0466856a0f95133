import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const folder = new URL('../ocds-schema/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, folder), 'utf8'));

type Json = Record<string, unknown>;

/** RFC 7386 merge patch: how OCDS applies an extension's release-schema.json to the core schema. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const merged: Json =
    target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Json) } : {};
  for (const [key, value] of Object.entries(patch as Json)) {
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}

/** The extensions the catalog declares, with the URL of each one's extension.json at the version copied. */
export function declaredExtensions(): string[] {
  const manifest = read('manifest.json') as {
    sources: { repository: string; ref: string; folder: string }[];
  };
  return manifest.sources
    .filter((source) => source.folder !== 'standard')
    .map(
      (source) =>
        `https://raw.githubusercontent.com/${source.repository}/${source.ref}/extension.json`,
    );
}

/**
 * Validates a release package against the official OCDS 1.1.5 release package schema, its releases
 * against the 1.1.5 release schema patched with the extensions the package declares (lots, techniques,
 * 1.2 draft), exactly as published (ocds-schema/, npm run ocds:import).
 */
export function ocdsValidator(): ValidateFunction {
  let release = read('standard/release-schema.json') as Json;
  for (const extension of ['lots', 'techniques', 'draft'])
    release = mergePatch(release, read(`${extension}/release-schema.json`)) as Json;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(release, String(release.id));
  return ajv.compile(read('standard/release-package-schema.json'));
}

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { npaBaseUrl, npaDocuments, resolve } from './npa-documents.js';

type Node = Record<string, unknown>;

const specUrl = `${npaBaseUrl}specifiche-interfacce/specifiche-servizi-appalto.yaml`;
const schedaType = /\/modello-dati-schede-[^/]+\.yaml#\/components\/schemas\/Scheda\w+Type$/;

/**
 * ANAC's schemas as ANAC reads them: `allOf` is inheritance (the base's properties join the
 * child's, and `additionalProperties: false` applies to the whole), OpenAPI's `nullable` is a null
 * type, and a scheda's `body` is checked against the schema of its own `codice`, not against all of
 * them.
 */
function asJsonSchema(node: unknown, trail = new Set<string>()): unknown {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => asJsonSchema(item, trail));
  const {
    allOf,
    nullable,
    example: _example,
    discriminator: _discriminator,
    ...rest
  } = node as Node;
  let schema: Node = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, asJsonSchema(value, trail)]),
  );
  if (Array.isArray(allOf)) schema = inherit(schema, allOf as Node[], trail);
  if (
    Array.isArray(schema.oneOf) &&
    (schema.oneOf as Node[]).every(
      (branch) => typeof branch.$ref === 'string' && schedaType.test(branch.$ref),
    )
  ) {
    schema = { type: 'object' };
  }
  if (nullable === true && typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  return exclusiveBounds(schema);
}

/** OpenAPI 3.0's boolean exclusiveMinimum/Maximum, as the numbers of JSON Schema. */
function exclusiveBounds(schema: Node): Node {
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof schema[flag] !== 'boolean') continue;
    if (schema[flag] === true) schema[flag] = schema[bound];
    else delete schema[flag];
    if (schema[flag] !== undefined) delete schema[bound];
  }
  return schema;
}

/** The schema a reference leads to, through references that only point on (spec → data model). */
function followed(reference: string): Node {
  let node = resolve(reference);
  for (
    let hops = 0;
    typeof node.$ref === 'string' && Object.keys(node).length === 1 && hops < 10;
    hops++
  )
    node = resolve(node.$ref as string);
  return node;
}

function inherit(child: Node, bases: Node[], trail: Set<string>): Node {
  const properties: Node = {};
  const required = new Set<string>();
  let closed = child.additionalProperties === false;
  for (const base of bases) {
    const reference = typeof base.$ref === 'string' ? base.$ref : undefined;
    if (reference && trail.has(reference)) continue;
    const flat = asJsonSchema(
      reference ? followed(reference) : base,
      reference ? new Set([...trail, reference]) : trail,
    ) as Node;
    Object.assign(properties, flat.properties as Node | undefined);
    for (const name of (flat.required as string[] | undefined) ?? []) required.add(name);
    closed ||= flat.additionalProperties === false;
  }
  Object.assign(properties, child.properties as Node | undefined);
  for (const name of (child.required as string[] | undefined) ?? []) required.add(name);
  return {
    ...child,
    type: 'object',
    properties,
    ...(required.size ? { required: [...required] } : {}),
    ...(closed ? { additionalProperties: false } : {}),
  };
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorFor(reference: string): ValidateFunction {
  let validate = compiled.get(reference);
  if (validate) return validate;
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(ajv);
    for (const format of [
      'int32',
      'int64',
      'float',
      'double',
      'string',
      'binary',
      'byte',
      'password',
    ])
      ajv.addFormat(format, true);
    for (const [url, document] of npaDocuments())
      ajv.addSchema(asJsonSchema(document) as Node, url);
  }
  validate = ajv.getSchema(reference);
  if (!validate) throw new Error(`schema ANAC sconosciuto: ${reference}`);
  compiled.set(reference, validate);
  return validate;
}

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

const described = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => {
    const extra =
      error.params && 'additionalProperty' in error.params
        ? ` (${String(error.params.additionalProperty)})`
        : '';
    return `${error.instancePath || '/'} ${error.message}${extra}`;
  });

export function checkAgainst(reference: string, value: unknown): SchemaCheck {
  const validate = validatorFor(reference);
  const valid = validate(value) as boolean;
  return { valid, errors: valid ? [] : described(validate.errors) };
}

/**
 * The body of a scheda against its own model: `AD4` → modello-dati-schede-AD4.yaml, SchedaAD4Type.
 */
export function checkSchedaBody(code: string, body: unknown): SchemaCheck {
  const file = `${npaBaseUrl}modello-dati/schede/modello-dati-schede-${code}.yaml`;
  return checkAgainst(`${file}#/components/schemas/Scheda${code.replace(/\./g, '_')}Type`, body);
}

type Operation = { requestBody?: Node; responses?: Record<string, Node>; parameters?: Node[] };

function operationOf(path: string, method: string): Operation {
  const operation = (
    resolve(`${specUrl}#/paths/${path.replace(/\//g, '~1')}`) as Record<string, Operation>
  )[method.toLowerCase()];
  if (!operation) throw new Error(`operazione ANAC sconosciuta: ${method} ${path}`);
  return operation;
}

const jsonSchemaRef = (content: Node | undefined) =>
  ((content?.['application/json'] ?? content?.['application/problem+json']) as Node | undefined)
    ?.schema as Node | undefined;

/** A request body as ANAC's OpenAPI declares it for the operation (path like `/crea-appalto`). */
export function checkRequest(path: string, method: string, body: unknown): SchemaCheck {
  const schema = jsonSchemaRef(operationOf(path, method).requestBody?.content as Node | undefined);
  if (!schema?.$ref)
    return {
      valid: body === undefined || body === null,
      errors: body ? ['corpo non previsto'] : [],
    };
  return checkAgainst(String(schema.$ref), body);
}

/**
 * An answer as ANAC's OpenAPI declares it for that status (an undeclared status is itself an
 * error).
 */
export function checkResponse(
  path: string,
  method: string,
  status: number,
  body: unknown,
): SchemaCheck {
  let response = operationOf(path, method).responses?.[String(status)];
  if (!response)
    return {
      valid: false,
      errors: [`stato ${status} non dichiarato da ANAC per ${method} ${path}`],
    };
  if (typeof response.$ref === 'string') response = resolve(response.$ref);
  const schema = jsonSchemaRef(response.content as Node | undefined);
  if (!schema) return { valid: true, errors: [] };
  return schema.$ref ? checkAgainst(String(schema.$ref), body) : { valid: true, errors: [] };
}

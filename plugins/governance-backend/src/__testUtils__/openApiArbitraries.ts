/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
import fc from 'fast-check';
import { spec } from '../schema/openapi/generated/router';

type Schema = { [key: string]: any };

/** One operation of the spec: how to call it and what it takes. */
export interface SpecOperation {
  operationId: string;
  method: 'get' | 'post';
  /** e.g. /approvals/{id}/decisions */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; required: boolean; schema: Schema }>;
  body?: Schema;
}

/** Follows a local $ref (#/components/...) of the spec. */
export function resolveSchema(schema: Schema): Schema {
  if (!schema?.$ref) return schema;
  const target = (schema.$ref as string)
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: any, key) => node[key], spec as any);
  return resolveSchema(target);
}

/** Every operation in src/schema/openapi.yaml. */
export function specOperations(): SpecOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Schema>).map(([method, op]) => {
      const params = (op.parameters ?? []).map(resolveSchema);
      return {
        operationId: op.operationId,
        method: method as 'get' | 'post',
        path,
        pathParams: params
          .filter((p: Schema) => p.in === 'path')
          .map((p: Schema) => p.name),
        queryParams: params
          .filter((p: Schema) => p.in === 'query')
          .map((p: Schema) => ({
            name: p.name,
            required: Boolean(p.required),
            schema: resolveSchema(p.schema),
          })),
        body: op.requestBody
          ? resolveSchema(op.requestBody.content['application/json'].schema)
          : undefined,
      };
    }),
  );
}

/** Real values to build on: entity refs and governance profiles. */
export interface Known {
  refs: string[];
  profiles: object[];
}

/** Entity refs no catalog entity can have. */
export const MALFORMED_REFS = [
  ':',
  'a:b/c/d',
  'component:default/',
  ':default/x',
  'component:',
  'x',
  'component:default/a b',
  'component:default/💥',
  `component:default/${'a'.repeat(300)}`,
  'component:default/../../etc/passwd',
  "component:default/x'; DROP TABLE governance_apps; --",
];

/** A value \`depth\` arrays or objects deep. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++)
    value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Values no field expects: wrong types, extremes, odd text, deep nesting. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    -1e308,
    1e308,
    2 ** 53 + 1,
    '',
    ' ',
    '\u0000',
    '%00',
    '__proto__',
    'constructor',
    '💥'.repeat(200),
    'x'.repeat(100_000),
    {},
    [],
    [null],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    ...MALFORMED_REFS,
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer({ min: 1, max: 3000 }).map(n => nested(n, 'array')),
  fc.integer({ min: 1, max: 3000 }).map(n => nested(n, 'object')),
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
);

/** Valid-looking values of a schema, with real refs and ids where named. */
export function valueOf(
  schema: Schema,
  known: Known,
  name = '',
): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema);
  if (name === 'entityRef' || name === 'to') {
    return fc.oneof(
      fc.constantFrom(...known.refs),
      fc.constantFrom(...MALFORMED_REFS),
    );
  }
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'object': {
      const props: Record<string, Schema> = s.properties ?? {};
      if (Object.keys(props).length === 0) {
        // Real profiles pass validation, so mutations reach the engine.
        return name === 'profile'
          ? fc.oneof(
              fc.constantFrom(...known.profiles),
              mutated(fc.constantFrom(...known.profiles)),
              valueOf(
                { $ref: '#/components/schemas/GovernanceProfile' },
                known,
              ),
            )
          : fc.dictionary(
              fc.string({ maxLength: 10 }),
              fc.jsonValue({ maxDepth: 3 }),
              { maxKeys: 4 },
            );
      }
      const model = Object.fromEntries(
        Object.entries(props).map(([key, sub]) => [
          key,
          valueOf(sub, known, key),
        ]),
      );
      return fc.record(model, { requiredKeys: s.required ?? [] });
    }
    case 'array':
      return fc.array(valueOf(s.items ?? {}, known), {
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'string':
      if (s.pattern && !s.format)
        return fc.stringMatching(new RegExp(s.pattern));
      if (s.format === 'uri') return fc.webUrl();
      if (s.format === 'date-time')
        return fc.date({ noInvalidDate: true }).map(d => d.toISOString());
      return fc.string({
        minLength: s.minLength ?? 0,
        maxLength: Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 40, 40)),
      });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// Paths into a value, not into the deep values nastyValue nests.
function paths(value: unknown, prefix: string[] = []): string[][] {
  const here = [prefix];
  if (value && typeof value === 'object' && prefix.length < 8) {
    for (const [key, child] of Object.entries(value)) {
      here.push(...paths(child, [...prefix, key]));
    }
  }
  return here;
}

// A copy of \`value\` with \`change\` applied to the container at \`path\`;
// only the containers on the path are copied.
function changedAt(
  value: unknown,
  path: string[],
  change: (container: any, key: string) => void,
): unknown {
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as {}) };
  const [key, ...rest] = path;
  if (rest.length === 0) change(copy, key);
  else copy[key] = changedAt(copy[key], rest, change);
  return copy;
}

/**
 * A valid value, mutated at one place: replaced by a nasty value, removed,
 * or given an unknown sibling.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      nastyValue,
      fc.constantFrom('replace', 'delete', 'extra'),
    )
    .map(([value, pick, nasty, how]) => {
      const all = paths(value);
      const path = all[pick % all.length];
      if (path.length === 0) return how === 'extra' ? value : nasty;
      return changedAt(value, path, (container, key) => {
        if (how === 'replace') container[key] = nasty;
        else if (how === 'delete') delete container[key];
        else container[`unknown${key}`] = nasty;
      });
    });
}

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
import { isCelList, isCelMap, isCelUint } from '@bufbuild/cel';
import { Expr } from './celStaticAnalysis';

/** The kinds of value a CEL expression can produce. */
export type CelKind =
  | 'bool'
  | 'int'
  | 'uint'
  | 'double'
  | 'string'
  | 'bytes'
  | 'null'
  | 'list'
  | 'map'
  | 'object'
  | 'type'
  | 'timestamp'
  | 'duration';

type Kinds = ReadonlySet<CelKind>;

const ANY: Kinds = new Set<CelKind>([
  'bool',
  'int',
  'uint',
  'double',
  'string',
  'bytes',
  'null',
  'list',
  'map',
  'object',
  'type',
  'timestamp',
  'duration',
]);
const of = (...kinds: CelKind[]): Kinds => new Set(kinds);
const NUMBER = of('int', 'uint', 'double');

/** Result kinds of functions and operators whose result does not depend on their arguments. */
const FIXED: Record<string, Kinds> = {};
const fix = (kinds: Kinds, ...names: string[]) =>
  names.forEach(name => (FIXED[name] = kinds));
fix(
  of('bool'),
  ...['_==_', '_!=_', '_<_', '_<=_', '_>_', '_>=_', '@in', '_in_'],
  ...['startsWith', 'endsWith', 'contains', 'matches', 'bool'],
  ...['@not_strictly_false', '__not_strictly_false__'],
  ...['_&&_', '_||_', '!_'],
);
fix(
  of('string'),
  ...['string', 'lowerAscii', 'upperAscii', 'replace', 'substring', 'trim'],
  ...['join', 'format', 'charAt', 'strings.quote'],
);
fix(
  of('int'),
  ...['size', 'int', 'indexOf', 'lastIndexOf', 'getFullYear', 'getMonth'],
  ...['getDayOfYear', 'getDate', 'getDayOfMonth', 'getDayOfWeek'],
  ...['getHours', 'getMinutes', 'getSeconds', 'getMilliseconds'],
);
fix(of('uint'), 'uint');
fix(of('double'), 'double');
fix(of('bytes'), 'bytes');
fix(of('type'), 'type');
fix(of('timestamp'), 'timestamp');
fix(of('duration'), 'duration');
fix(of('list'), 'split');
fix(NUMBER, '_*_', '_/_', '_%_', '-_');
fix(of('int', 'uint', 'double', 'timestamp', 'duration'), '_-_');

/** Operators whose operands must be booleans. */
const LOGICAL: Record<string, string> = {
  '_&&_': '&&',
  '_||_': '||',
  '!_': '!',
};

const isOnly = (kinds: Kinds, kind: CelKind) =>
  kinds.size === 1 && kinds.has(kind);

function addKinds(left: Kinds, right: Kinds): Kinds {
  // `+` concatenates strings, bytes and lists and adds numbers and times.
  for (const kind of ['string', 'bytes', 'list'] as const) {
    if (isOnly(left, kind) || isOnly(right, kind)) return of(kind);
  }
  const both = [...left, ...right];
  if (both.every(k => NUMBER.has(k))) return new Set(both);
  return of(...NUMBER, 'string', 'bytes', 'list', 'timestamp', 'duration');
}

/** Names kinds for a message, e.g. "a boolean" or "an int, uint or double". */
export function describeKinds(kinds: Iterable<CelKind>): string {
  const list = [...kinds].map(k => (k === 'bool' ? 'boolean' : k));
  const text =
    list.length > 1
      ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`
      : list[0];
  return `${/^[aeiou]/.test(text) ? 'an' : 'a'} ${text}`;
}

/** The CEL kind of a value an expression returned, for error messages. */
export function celKindOf(value: unknown): CelKind {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'double';
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return 'bytes';
  if (isCelUint(value)) return 'uint';
  if (Array.isArray(value) || isCelList(value)) return 'list';
  if (value instanceof Map || isCelMap(value)) return 'map';
  return 'object';
}

/**
 * Decides statically which kinds of value a parsed CEL expression can
 * return, and finds logical operators applied to operands that can never be
 * booleans. The analysis only refuses what is certain: a field of the input
 * (`profile.security.dlp`) may hold anything, so it counts as every kind and
 * is left to the evaluation-time check.
 *
 * @param variables - the top-level variables; each is a map.
 * @returns the possible result kinds and the operand problems found.
 */
export function analyseResultKind(
  expr: Expr,
  variables: readonly string[],
): { kinds: Kinds; problems: string[] } {
  const problems: string[] = [];

  const walk = (
    node: Expr | undefined,
    scope: ReadonlyMap<string, Kinds>,
  ): Kinds => {
    if (!node) return ANY;
    const kind = node.exprKind;
    switch (kind.case) {
      case 'constExpr':
        switch (kind.value.constantKind.case) {
          case 'boolValue':
            return of('bool');
          case 'stringValue':
            return of('string');
          case 'int64Value':
            return of('int');
          case 'uint64Value':
            return of('uint');
          case 'doubleValue':
            return of('double');
          case 'bytesValue':
            return of('bytes');
          case 'nullValue':
            return of('null');
          default:
            return ANY;
        }
      case 'identExpr':
        return (
          scope.get(kind.value.name) ??
          (variables.includes(kind.value.name) ? of('map') : ANY)
        );
      case 'selectExpr':
        walk(kind.value.operand, scope);
        return kind.value.testOnly ? of('bool') : ANY;
      case 'listExpr':
        kind.value.elements.forEach(e => walk(e, scope));
        return of('list');
      case 'structExpr':
        kind.value.entries.forEach(e => {
          walk(e.value, scope);
          if (e.keyKind.case === 'mapKey') walk(e.keyKind.value, scope);
        });
        return kind.value.messageName ? of('object') : of('map');
      case 'comprehensionExpr': {
        // Macros (exists, all, exists_one, map, filter) expand to these; the
        // accumulator keeps the kind of its initial value.
        const c = kind.value;
        walk(c.iterRange, scope);
        const inner = new Map(scope);
        inner.set(c.iterVar, ANY);
        if (c.iterVar2) inner.set(c.iterVar2, ANY);
        inner.set(c.accuVar, walk(c.accuInit, scope));
        walk(c.loopCondition, inner);
        walk(c.loopStep, inner);
        return walk(c.result, inner);
      }
      case 'callExpr': {
        const { function: name, target, args } = kind.value;
        if (target) walk(target, scope);
        const argKinds = args.map(a => walk(a, scope));
        const operator = LOGICAL[name];
        if (operator) {
          for (const operand of argKinds) {
            if (!operand.has('bool')) {
              problems.push(
                `${operator} needs boolean operands, but one is ${describeKinds(
                  operand,
                )}`,
              );
            }
          }
        }
        if (name === '_?_:_') {
          if (!argKinds[0].has('bool')) {
            problems.push(
              `the condition of ?: must be a boolean, but it is ${describeKinds(
                argKinds[0],
              )}`,
            );
          }
          return new Set([...argKinds[1], ...argKinds[2]]);
        }
        if (name === '_+_' && argKinds.length === 2) {
          return addKinds(argKinds[0], argKinds[1]);
        }
        return FIXED[name] ?? ANY;
      }
      default:
        return ANY;
    }
  };

  return { kinds: walk(expr, new Map()), problems };
}

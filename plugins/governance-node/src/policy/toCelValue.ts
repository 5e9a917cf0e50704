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
import { InputError } from '@backstage/errors';

/** Bounds on the data handed to CEL, so hostile input cannot exhaust the stack or memory. */
export interface CelInputLimits {
  /** Deepest nesting of lists and maps below the top-level value. */
  maxDepth: number;
  /** Most values (scalars, lists and maps) in one top-level value. */
  maxValues: number;
}

/** The bounds used unless a caller passes its own. */
const DEFAULT_CEL_INPUT_LIMITS: CelInputLimits = {
  maxDepth: 32,
  maxValues: 100_000,
};

const MAX_KEY_SHOWN = 40;

function formatPath(field: string, segments: Array<string | number>) {
  const shown = segments
    .slice(0, 2)
    .map(s =>
      typeof s === 'number'
        ? `[${s}]`
        : `.${s.length > MAX_KEY_SHOWN ? `${s.slice(0, MAX_KEY_SHOWN)}…` : s}`,
    );
  return `${field}${shown.join('')}${segments.length > 2 ? '…' : ''}`;
}

/**
 * Converts plain JSON-like data to CEL input: objects become maps, whole
 * numbers become CEL ints (bigint) so that `retentionDays > 7` compares ints,
 * other numbers stay doubles.
 *
 * The recursion is bounded by `maxDepth` (it never goes deeper than that, so
 * it cannot overflow the stack, whatever the input) and the work by
 * `maxValues`. Input beyond either bound is refused with an InputError that
 * names `field`, the request field the value came from.
 */
export function toCelValue(
  value: unknown,
  field: string,
  limits: CelInputLimits = DEFAULT_CEL_INPUT_LIMITS,
): unknown {
  let values = 0;
  const convert = (v: unknown, path: Array<string | number>): unknown => {
    values++;
    if (values > limits.maxValues) {
      throw new InputError(
        `${field} is too large: more than ${limits.maxValues} values`,
      );
    }
    const nested = Array.isArray(v) || (v !== null && typeof v === 'object');
    if (nested && !(v instanceof Date) && path.length >= limits.maxDepth) {
      throw new InputError(
        `${formatPath(field, path)} is nested more than ${
          limits.maxDepth
        } levels deep`,
      );
    }
    if (Array.isArray(v)) return v.map((e, i) => convert(e, [...path, i]));
    if (v instanceof Date) return v.toISOString();
    if (v !== null && typeof v === 'object') {
      return new Map(
        Object.entries(v as Record<string, unknown>)
          .filter(([, e]) => e !== undefined)
          .map(([k, e]) => [k, convert(e, [...path, k])]),
      );
    }
    if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
    return v;
  };
  return convert(value, []);
}

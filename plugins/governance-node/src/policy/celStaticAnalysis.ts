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
import { parse } from '@bufbuild/cel';

/** A parsed CEL expression node. */
export type Expr = ReturnType<typeof parse>['expr'];

/** What a static walk of a CEL expression found. */
export interface CelAnalysis {
  /** Worst-case evaluation cost, in visited nodes. */
  cost: number;
  /** Variables used that are not bound by a macro such as `exists`. */
  freeVariables: Set<string>;
}

/**
 * Walks a parsed CEL expression once to bound its cost and list its free
 * variables. The CEL library has no runtime cost limit, so, like Kubernetes
 * does for admission policies, we estimate the worst case statically: every
 * macro (`exists`, `all`, `map`, ...) may loop over a list of `maxListSize`
 * elements, so nested macros multiply. Regular expressions cost extra.
 */
export function analyseCel(expr: Expr, maxListSize: number): CelAnalysis {
  const freeVariables = new Set<string>();

  const walk = (node: Expr | undefined, bound: ReadonlySet<string>): number => {
    if (!node) return 0;
    const kind = node.exprKind;
    switch (kind.case) {
      case 'constExpr':
        return 1;
      case 'identExpr':
        if (!bound.has(kind.value.name)) freeVariables.add(kind.value.name);
        return 1;
      case 'selectExpr':
        return 1 + walk(kind.value.operand, bound);
      case 'callExpr': {
        const regex = kind.value.function === 'matches' ? 50 : 0;
        return (
          1 +
          regex +
          walk(kind.value.target, bound) +
          kind.value.args.reduce((sum, arg) => sum + walk(arg, bound), 0)
        );
      }
      case 'listExpr':
        return (
          1 + kind.value.elements.reduce((sum, e) => sum + walk(e, bound), 0)
        );
      case 'structExpr':
        return (
          1 +
          kind.value.entries.reduce(
            (sum, e) =>
              sum +
              walk(e.value, bound) +
              (e.keyKind.case === 'mapKey' ? walk(e.keyKind.value, bound) : 0),
            0,
          )
        );
      case 'comprehensionExpr': {
        const c = kind.value;
        const inner = new Set(bound);
        [c.iterVar, c.iterVar2, c.accuVar]
          .filter(Boolean)
          .forEach(v => inner.add(v));
        return (
          1 +
          walk(c.iterRange, bound) +
          walk(c.accuInit, bound) +
          maxListSize *
            (walk(c.loopCondition, inner) + walk(c.loopStep, inner)) +
          walk(c.result, inner)
        );
      }
      default:
        return 1;
    }
  };

  return { cost: walk(expr, new Set()), freeVariables };
}

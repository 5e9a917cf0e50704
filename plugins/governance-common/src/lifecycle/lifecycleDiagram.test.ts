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
import {
  lifecycleStateDiagram,
  lifecycleTransitionsMarkdown,
} from './lifecycleDiagram';
import {
  LIFECYCLE_STATES,
  LIFECYCLE_TRANSITIONS,
} from './lifecycleTransitions';

describe('lifecycleStateDiagram', () => {
  const diagram = lifecycleStateDiagram();

  it('declares every state and draws every transition of the table', () => {
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    for (const state of LIFECYCLE_STATES) {
      expect(diagram).toContain(
        `state "${state}" as ${state.replace(/-/g, '_')}`,
      );
    }
    for (const t of LIFECYCLE_TRANSITIONS) {
      const target = t.to === 'resume' ? 'resume' : t.to.replace(/-/g, '_');
      for (const from of t.from) {
        const edge = diagram
          .split('\n')
          .find(l =>
            l.startsWith(`  ${from.replace(/-/g, '_')} --> ${target}:`),
          );
        expect(edge).toContain(`${t.event} (${t.by.join(', ')})`);
      }
    }
  });

  it('draws no edge out of quarantined or retired but reinstate and retire', () => {
    const out = diagram
      .split('\n')
      .filter(l => /^ {2}(quarantined|retired) -->/.test(l));
    expect(out).toEqual([
      '  quarantined --> retired: retire (admin)',
      '  quarantined --> resume: reinstate (admin)',
      '  retired --> resume: reinstate (admin)',
    ]);
  });

  it('lists every transition in the Markdown table', () => {
    const table = lifecycleTransitionsMarkdown().split('\n');
    expect(table).toHaveLength(LIFECYCLE_TRANSITIONS.length + 2);
    expect(table[2]).toMatch(
      /^\| `approval-requested` \| registered, approved \|/,
    );
  });
});

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
  LIFECYCLE_STATES,
  LIFECYCLE_TRANSITIONS,
  RESUMABLE_STATES,
} from './lifecycleTransitions';

// Mermaid state ids cannot hold hyphens; the label keeps the real name.
const id = (state: string) => state.replace(/-/g, '_');

const RESUME_CONDITION: Record<(typeof RESUMABLE_STATES)[number], string> = {
  registered: 'latest request rejected, changes requested, or none',
  'pending-approval': 'latest request pending',
  approved: 'latest request approved',
};

/**
 * The lifecycle state machine as a Mermaid `stateDiagram-v2`, drawn from
 * {@link LIFECYCLE_TRANSITIONS}; one edge per pair of states, labelled with
 * the events and who may trigger them.
 *
 * @public
 */
export function lifecycleStateDiagram(): string {
  const lines = ['stateDiagram-v2'];
  for (const state of LIFECYCLE_STATES) {
    lines.push(`  state "${state}" as ${id(state)}`);
  }
  lines.push('  state resume <<choice>>');
  lines.push(`  [*] --> ${id('registered')}`);
  const edges = new Map<string, string[]>();
  for (const t of LIFECYCLE_TRANSITIONS) {
    for (const from of t.from) {
      const key = `${id(from)} --> ${t.to === 'resume' ? 'resume' : id(t.to)}`;
      edges.set(key, [
        ...(edges.get(key) ?? []),
        `${t.event} (${t.by.join(', ')})`,
      ]);
    }
  }
  for (const [edge, labels] of edges) {
    lines.push(`  ${edge}: ${labels.join(' / ')}`);
  }
  for (const state of RESUMABLE_STATES) {
    lines.push(`  resume --> ${id(state)}: ${RESUME_CONDITION[state]}`);
  }
  return lines.join('\n');
}

/**
 * {@link LIFECYCLE_TRANSITIONS} as a Markdown table, for the README.
 *
 * @public
 */
export function lifecycleTransitionsMarkdown(): string {
  const rows = LIFECYCLE_TRANSITIONS.map(
    t =>
      `| \`${t.event}\` | ${t.from.join(', ')} | ${
        t.to === 'resume'
          ? 'resume (the state of the latest approval request)'
          : t.to
      } | ${t.by.join(', ')} | ${t.trigger} | ${t.requires} |`,
  );
  return [
    '| Event | From | To | Who | Triggered by | Requires |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

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
import { readFileSync } from 'node:fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  lifecycleStateDiagram,
  lifecycleTransitionsMarkdown,
} from '@guardrails/plugin-governance-common';

// Table cells are padded by Prettier; compare them trimmed.
const normalise = (markdown: string) =>
  markdown
    .trim()
    .split('\n')
    .map(line =>
      line.startsWith('|')
        ? line
            .split('|')
            .map(cell => cell.trim().replace(/^-+$/, '---'))
            .join('|')
        : line,
    )
    .join('\n');

describe('the README lifecycle section', () => {
  it('shows the transition table of governance-common, diagram and table', () => {
    const readme = readFileSync(
      resolvePackagePath('@guardrails/plugin-governance-backend', 'README.md'),
      'utf8',
    );
    const section = readme.match(
      /<!-- lifecycle:start[^>]*-->([\s\S]*)<!-- lifecycle:end -->/,
    )?.[1];
    expect(section).toBeDefined();
    expect(normalise(section!)).toBe(
      normalise(
        `\`\`\`mermaid\n${lifecycleStateDiagram()}\n\`\`\`\n\n${lifecycleTransitionsMarkdown()}`,
      ),
    );
  });
});

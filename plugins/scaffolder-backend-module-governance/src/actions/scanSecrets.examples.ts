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
import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Scan the whole generated workspace before publishing it',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret-scan',
          name: 'Scan for secrets',
          action: 'governance:secrets:scan',
          input: {},
        },
      ],
    }),
  },
  {
    description: 'Scan only the app folder of the workspace',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret-scan',
          name: 'Scan for secrets',
          action: 'governance:secrets:scan',
          input: { path: './app' },
        },
      ],
    }),
  },
];

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
    description:
      'Register the app after catalog:register, with the SBOM and secret-scan results of earlier steps, and submit the SBOM document for declared-versus-actual drift',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance-register',
          name: 'Register with governance',
          action: 'governance:app:register',
          input: {
            entityRef: '${{ steps["catalog-register"].output.entityRef }}',
            repoUrl: '${{ steps.publish.output.remoteUrl }}',
            sbom: '${{ steps.sbom.output.summary }}',
            sbomPath: '${{ steps.sbom.output.sbomPath }}',
            secretScan: '${{ steps["secret-scan"].output.summary }}',
          },
        },
      ],
    }),
  },
  {
    description: 'Register an app already in the catalog',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance-register',
          name: 'Register with governance',
          action: 'governance:app:register',
          input: { entityRef: 'component:default/where2eat', waitSeconds: 0 },
        },
      ],
    }),
  },
];

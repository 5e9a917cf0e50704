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
import { z } from 'zod/v4';
import { governanceProfileSchema } from './governanceProfileSchema';

/**
 * The governance profile as a JSON Schema (draft 2020-12), generated from
 * the zod schema so the two never drift. Editors and external tools can use
 * it to validate `spec.governance` blocks.
 *
 * @public
 */
export function getGovernanceProfileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(governanceProfileSchema, { io: 'input' }),
    $id: 'https://guardrails.dev/schemas/governance-profile.v1.json',
    title: 'Guardrails governance profile',
    description:
      'Governance metadata of a micro app, kept under spec.governance in its catalog-info.yaml',
  };
}

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
import { getGovernanceProfileJsonSchema } from './governanceProfileJsonSchema';

describe('getGovernanceProfileJsonSchema', () => {
  it('describes every field with its allowed values', () => {
    const schema = getGovernanceProfileJsonSchema() as any;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'supportContact',
        'purpose',
        'dataClassification',
        'accessScope',
        'executionEnvironment',
        'operationalCriticality',
        'allowedRegions',
      ]),
    );
    expect(schema.properties.dataClassification.enum).toEqual([
      'public',
      'internal',
      'confidential',
      'restricted',
      'regulated',
    ]);
    expect(schema.properties.integrations.items.properties.access.enum).toEqual(
      ['read', 'write', 'admin'],
    );
  });
});

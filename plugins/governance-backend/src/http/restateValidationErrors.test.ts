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
import { restateValidationMessage } from './restateValidationErrors';

describe('restateValidationMessage', () => {
  it.each([
    [
      'request/body/secretScan/findings must be <= 0',
      'Request body field "secretScan.findings": must be <= 0',
    ],
    [
      "request/body must have required property 'profile'",
      'Request body field "profile": is required',
    ],
    [
      "request/body/sbom must have required property 'sha256'",
      'Request body field "sbom.sha256": is required',
    ],
    [
      'request/body/stageOverrides/0/stage must be equal to one of the allowed values: audit, warn, deny',
      'Request body field "stageOverrides.0.stage": must be equal to one of the allowed values: audit, warn, deny',
    ],
    [
      'request/query/format must be equal to one of the allowed values: json, csv',
      'Query parameter "format": must be equal to one of the allowed values: json, csv',
    ],
    [
      "Empty value found for query parameter 'entityRef'",
      'Query parameter "entityRef": must not be empty',
    ],
    ["Unknown query parameter 'x'", 'Query parameter "x": is not known'],
    ['request/body must be object', 'Request body: must be object'],
    ['No catalog entity found for x', 'No catalog entity found for x'],
  ])('restates %p', (message, expected) => {
    expect(restateValidationMessage(message)).toBe(expected);
  });
});

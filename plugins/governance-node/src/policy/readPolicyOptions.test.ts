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
import { ConfigReader } from '@backstage/config';
import { readPolicyOptions } from './readPolicyOptions';

const withOpa = (opa: Record<string, unknown>) =>
  readPolicyOptions(
    new ConfigReader({
      governance: {
        policies: {
          opa: {
            enabled: true,
            baseUrl: 'http://127.0.0.1:8181',
            policyPath: 'guardrails/deny',
            ...opa,
          },
        },
      },
    }),
  );

describe('readPolicyOptions: governance.policies.opa', () => {
  it('waits 5 seconds for OPA unless configured otherwise', () => {
    expect(withOpa({}).opa).toMatchObject({
      timeoutMs: 5_000,
      defaultStage: 'deny',
    });
    expect(withOpa({ timeoutMs: 750 }).opa?.timeoutMs).toBe(750);
  });

  it('refuses a timeout that is not a positive number of milliseconds', () => {
    expect(() => withOpa({ timeoutMs: 0 })).toThrow(
      'governance.policies.opa.timeoutMs must be a positive number of milliseconds; got 0',
    );
  });

  it('leaves OPA out unless enabled', () => {
    expect(readPolicyOptions(new ConfigReader({})).opa).toBeUndefined();
  });
});

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
import { mockCredentials } from '@backstage/backend-test-utils';
import { authorizeAppCaller } from './authorizeAppCaller';

const crm = 'component:default/crm-record-updater';
const hr = 'component:default/hr-candidate-tracker';
const ciTokens = [{ subject: 'crm-ci', entityRefs: [crm] }];

describe('authorizeAppCaller', () => {
  it('lets a CI token act for the app it is bound to', () => {
    expect(
      authorizeAppCaller(mockCredentials.service('crm-ci'), crm, ciTokens),
    ).toBe('ci');
  });

  it.each([
    ['another app', mockCredentials.service('crm-ci'), hr],
    ['an unbound token', mockCredentials.service('other-ci'), crm],
    ['a plugin', mockCredentials.service('plugin:scaffolder'), crm],
  ])('refuses %s', (_case, credentials, entityRef) => {
    expect(() => authorizeAppCaller(credentials, entityRef, ciTokens)).toThrow(
      expect.objectContaining({ name: 'NotAllowedError' }),
    );
  });

  it('leaves users to the route', () => {
    expect(
      authorizeAppCaller(mockCredentials.user('user:default/ada'), crm, []),
    ).toBe('user');
  });
});

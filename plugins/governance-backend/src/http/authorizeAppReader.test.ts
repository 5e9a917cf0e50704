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
import { authorizeAppReader } from './authorizeAppReader';

const crm = 'component:default/crm-record-updater';
const hr = 'component:default/hr-candidate-tracker';
const ciTokens = [{ subject: 'crm-ci', entityRefs: [crm] }];

describe('authorizeAppReader', () => {
  it.each([
    ['a user', mockCredentials.user('user:default/ada'), 'user'],
    ["the app's CI token", mockCredentials.service('crm-ci'), 'ci'],
    [
      'another plugin',
      mockCredentials.service('plugin:tech-insights'),
      'plugin',
    ],
  ])('lets %s read the app', (_case, credentials, via) => {
    expect(authorizeAppReader(credentials, crm, ciTokens)).toBe(via);
  });

  it.each([
    ['another app', mockCredentials.service('crm-ci'), hr],
    ['an unbound token', mockCredentials.service('other-ci'), crm],
    ['the legacy external subject', mockCredentials.service(), crm],
  ])('refuses a CI token reading %s', (_case, credentials, entityRef) => {
    expect(() => authorizeAppReader(credentials, entityRef, ciTokens)).toThrow(
      expect.objectContaining({ name: 'NotAllowedError' }),
    );
  });

  it('binds a plugin subject listed under ciTokens like any CI token', () => {
    const bound = [{ subject: 'plugin:ci-bridge', entityRefs: [crm] }];
    const bridge = mockCredentials.service('plugin:ci-bridge');
    expect(authorizeAppReader(bridge, crm, bound)).toBe('ci');
    expect(() => authorizeAppReader(bridge, hr, bound)).toThrow(
      expect.objectContaining({ name: 'NotAllowedError' }),
    );
  });
});

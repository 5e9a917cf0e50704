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
import { normalizeEntityRef } from './normalizeEntityRef';

describe('normalizeEntityRef', () => {
  it.each([
    [
      'component:default/crm-record-updater',
      'component:default/crm-record-updater',
    ],
    ['Component:crm-record-updater', 'component:default/crm-record-updater'],
    ['user:default/pia', 'user:default/pia'],
  ])('normalises %s', (value, ref) => {
    expect(normalizeEntityRef(value)).toBe(ref);
  });

  it('takes a bare name as the default kind', () => {
    expect(normalizeEntityRef('pia', { defaultKind: 'user' })).toBe(
      'user:default/pia',
    );
  });

  it.each([
    ':',
    'a:b/c/d',
    'x',
    '',
    'component:default/',
    'component:default/a b',
    ' component:default/x',
    'component:default/💥',
    `component:default/${'a'.repeat(64)}`,
    5,
    null,
    ['component:default/x'],
  ])('refuses %p', value => {
    expect(normalizeEntityRef(value)).toBeUndefined();
  });
});

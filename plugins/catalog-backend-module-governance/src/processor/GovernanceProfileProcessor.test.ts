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
import { Entity } from '@backstage/catalog-model';
import { GovernanceProfileProcessor } from './GovernanceProfileProcessor';

const location = { type: 'file', target: '/catalog-info.yaml' };
const now = () => new Date('2026-11-22T00:00:00Z');

const component = (governance?: unknown): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'app' },
  spec: {
    type: 'micro-app',
    owner: 'team-a',
    lifecycle: 'production',
    ...(governance ? { governance } : {}),
  },
});

const validProfile = {
  supportContact: '#team-a',
  businessUnit: 'Ops',
  purpose: 'Posts the on-call rota to the team channel.',
  dataClassification: 'internal',
  accessScope: 'team',
  executionEnvironment: 'vendor-hosted',
  operationalCriticality: 'toy',
  allowedRegions: ['eu-west-1'],
};

describe('GovernanceProfileProcessor', () => {
  const processor = new GovernanceProfileProcessor({ now });

  it('passes entities without a profile untouched', async () => {
    const emit = jest.fn();
    const entity = component();
    expect(await processor.preProcessEntity(entity, location, emit)).toBe(
      entity,
    );
    expect(emit).not.toHaveBeenCalled();
  });

  it('passes a valid profile untouched (no defaults written into the entity)', async () => {
    const emit = jest.fn();
    const entity = component(validProfile);
    const result = await processor.preProcessEntity(entity, location, emit);
    expect(result).toEqual(component(validProfile));
    expect(emit).not.toHaveBeenCalled();
  });

  it('emits one input error naming every bad field', async () => {
    const emit = jest.fn();
    await processor.preProcessEntity(
      component({
        ...validProfile,
        dataClassification: 'secret',
        accessScope: 'galaxy',
      }),
      location,
      emit,
    );
    expect(emit).toHaveBeenCalledTimes(1);
    const [result] = emit.mock.calls[0];
    expect(result.type).toBe('error');
    expect(result.location).toEqual(location);
    expect(result.error.name).toBe('InputError');
    expect(result.error.message).toContain('component:default/app');
    expect(result.error.message).toContain(
      'spec.governance.dataClassification',
    );
    expect(result.error.message).toContain('spec.governance.accessScope');
  });

  it('rejects a retirement date that has passed, by the clock it is given', async () => {
    const emit = jest.fn();
    await processor.preProcessEntity(
      component({ ...validProfile, retirementDate: '2026-11-21' }),
      location,
      emit,
    );
    expect(emit.mock.calls[0][0].error.message).toContain(
      'spec.governance.retirementDate: planned retirement date 2026-11-21 is in the past',
    );
  });
});

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

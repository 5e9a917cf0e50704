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

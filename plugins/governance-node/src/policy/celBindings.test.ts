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
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { loadPolicyPacks } from './loadPolicyPacks';
import { toCelValue } from './toCelValue';
import {
  inputFor,
  productionEntity,
  testOrganization,
} from './__fixtures__/compliantApp';

/** `depth` arrays, each holding the next one. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const engine = new DefaultPolicyEngine(
  loadPolicyPacks({ includeDefaultPack: true, paths: [] }),
  testOrganization,
);

const withMetadata = (metadata: Record<string, unknown>): Entity => {
  const entity = productionEntity();
  return { ...entity, metadata: { ...entity.metadata, ...metadata } } as Entity;
};

describe('input the policy engine refuses', () => {
  it('refuses a 10,000-deep array in an annotation as bad input naming the field', async () => {
    const entity = withMetadata({ annotations: { deep: nested(10_000) } });
    const evaluation = engine.evaluate({ ...inputFor(), entity });
    await expect(evaluation).rejects.toMatchObject({
      name: 'InputError',
      message:
        'entity.metadata.annotations.deep[0]… is nested more than 32 levels deep',
    });
  });

  it('refuses deep nesting in the profile too, without overflowing the stack', () => {
    expect(() => toCelValue({ notes: nested(10_000) }, 'profile')).toThrow(
      'profile.notes[0]… is nested more than 32 levels deep',
    );
  });

  it('takes nesting up to the limit', () => {
    expect(() => toCelValue(nested(32), 'profile')).not.toThrow();
    expect(() => toCelValue(nested(33), 'profile')).toThrow(
      /nested more than 32 levels deep/,
    );
  });

  it('refuses a value with too many elements', () => {
    expect(() =>
      toCelValue(
        { many: new Array(200_000).fill('x') },
        'entity.metadata.tags',
      ),
    ).toThrow('entity.metadata.tags is too large: more than 100000 values');
  });

  it('refuses an entity whose ref cannot be built, naming the field', async () => {
    await expect(
      engine.evaluate({
        ...inputFor(),
        entity: withMetadata({ namespace: 5 }),
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: 'entity.metadata.namespace must be a string',
    });
    await expect(
      engine.evaluate({ ...inputFor(), entity: withMetadata({ name: '' }) }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: 'entity.metadata.name must not be empty',
    });
  });

  it('still evaluates ordinary annotations and tags', async () => {
    const entity = withMetadata({
      annotations: { 'backstage.io/source-location': 'url:https://x' },
      tags: ['crm'],
    });
    const evaluation = await engine.evaluate({ ...inputFor(), entity });
    expect(evaluation.allowed).toBe(true);
  });
});

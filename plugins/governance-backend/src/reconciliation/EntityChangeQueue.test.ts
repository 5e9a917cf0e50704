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
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { governanceEntityDigest } from '@guardrails/plugin-governance-node';
import { EntityChangeQueue } from './EntityChangeQueue';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'queued', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/team', lifecycle: 'x' },
};

describe('EntityChangeQueue', () => {
  it('counts a change as waiting until its evaluation is done, not only until it is taken', async () => {
    let finishEvaluation = () => {};
    let queue!: EntityChangeQueue;
    const evaluationStarted = new Promise<void>(started => {
      const evaluate = () =>
        new Promise<void>(done => {
          finishEvaluation = done;
          started();
        });
      queue = new EntityChangeQueue({
        logger: mockServices.logger.mock(),
        isCurrent: async () => false,
        load: async () => entity,
        evaluate,
      });
    });
    queue.add({
      entityRef: 'component:default/queued',
      entityDigest: governanceEntityDigest(entity),
    });
    expect(queue.stats().length).toBe(1);

    await evaluationStarted;
    // Taken off the queue, still being evaluated: the metrics say 1.
    expect(queue.stats()).toEqual({
      length: 1,
      oldestQueuedAt: expect.any(Number),
    });

    finishEvaluation();
    await new Promise(resolve => setImmediate(resolve));
    expect(queue.stats()).toEqual({ length: 0, oldestQueuedAt: undefined });
    queue.stop();
  });
});

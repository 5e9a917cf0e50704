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
import {
  DefaultEventsService,
  EventParams,
} from '@backstage/plugin-events-node';
import { GOVERNANCE_ENTITY_CHANGED_TOPIC } from '@guardrails/plugin-governance-node';
import { GovernanceProfileProcessor } from './GovernanceProfileProcessor';

// Announcements through Backstage's own events service (no bus: the local
// one), with a subscriber the test holds back, as a slow events backend
// would hold back a publisher.

const location = { type: 'file', target: '/catalog-info.yaml' };
const now = () => new Date('2026-11-22T00:00:00Z');

const app = (name: string, purpose = 'Posts the on-call rota.'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: {
    type: 'micro-app',
    owner: 'team-a',
    lifecycle: 'production',
    governance: {
      supportContact: '#team-a',
      businessUnit: 'Ops',
      purpose,
      dataClassification: 'internal',
      accessScope: 'team',
      executionEnvironment: 'vendor-hosted',
      operationalCriticality: 'toy',
      allowedRegions: ['eu-west-1'],
    },
  },
});

async function processed(
  processor: GovernanceProfileProcessor,
  entity: Entity,
) {
  await processor.preProcessEntity(entity, location, () => {});
  return processor.postProcessEntity(entity);
}

describe('GovernanceProfileProcessor announcements', () => {
  const logger = mockServices.logger.mock();
  let events: ReturnType<DefaultEventsService['forPlugin']>;
  let received: EventParams[];
  let release: () => void;
  let held: Promise<void>;

  beforeEach(async () => {
    events = DefaultEventsService.create({ logger }).forPlugin('catalog');
    received = [];
    held = new Promise(resolve => {
      release = resolve;
    });
    await events.subscribe({
      id: 'governance-test',
      topics: [GOVERNANCE_ENTITY_CHANGED_TOPIC],
      onEvent: async event => {
        received.push(event);
        await held;
      },
    });
  });

  it('does not hold the catalog back while the events service delivers, up to 64 announcements under way', async () => {
    const processor = new GovernanceProfileProcessor({ now, events, logger });
    const settled: boolean[] = [];
    for (let i = 0; i < 65; i++) {
      void processed(processor, app(`app-${i}`)).then(() => {
        settled[i] = true;
      });
    }
    await new Promise(resolve => setImmediate(resolve));
    // Every change announced; the first 64 returned to the catalog at once,
    // the 65th waits for its delivery.
    expect(received).toHaveLength(65);
    expect(settled.filter(Boolean)).toHaveLength(64);
    expect(settled[64]).toBeUndefined();

    release();
    await new Promise(resolve => setImmediate(resolve));
    expect(settled.filter(Boolean)).toHaveLength(65);
  });

  it('announces an entity again when its announcement could not be published (a failing publish mocked)', async () => {
    release();
    // The events service failing once, as when its bus is unreachable.
    const publish = jest.fn((params: EventParams) => events.publish(params));
    publish.mockRejectedValueOnce(new Error('bus down'));
    const processor = new GovernanceProfileProcessor({
      now,
      events: { publish, subscribe: options => events.subscribe(options) },
      logger,
    });

    await processed(processor, app('flaky'));
    await new Promise(resolve => setImmediate(resolve));
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not announce the governance change of component:default/flaky',
      ),
    );
    expect(received).toHaveLength(0);

    // Processed again, unchanged: announced this time.
    await processed(processor, app('flaky'));
    await new Promise(resolve => setImmediate(resolve));
    expect(received).toHaveLength(1);
    // And not again while it stays unchanged.
    await processed(processor, app('flaky'));
    expect(publish).toHaveBeenCalledTimes(2);
  });
});

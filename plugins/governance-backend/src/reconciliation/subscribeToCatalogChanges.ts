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
import { EventsService } from '@backstage/plugin-events-node';
import {
  GOVERNANCE_ENTITY_CHANGED_TOPIC,
  GovernanceEntityChangedEvent,
} from '@guardrails/plugin-governance-node';
import { ReconciliationService } from './ReconciliationService';

function isChangeEvent(
  payload: unknown,
): payload is GovernanceEntityChangedEvent {
  const event = payload as Partial<GovernanceEntityChangedEvent> | null;
  return (
    typeof event?.entityRef === 'string' &&
    typeof event.entityDigest === 'string'
  );
}

/**
 * Hands the catalog module's change announcements to the reconciliation,
 * which evaluates the entity within seconds instead of at the next run.
 */
export async function subscribeToCatalogChanges(options: {
  events: EventsService;
  reconciliation: ReconciliationService;
}) {
  await options.events.subscribe({
    id: 'governance-entity-changes',
    topics: [GOVERNANCE_ENTITY_CHANGED_TOPIC],
    onEvent: async ({ eventPayload }) => {
      if (isChangeEvent(eventPayload)) {
        options.reconciliation.entityChanged(eventPayload);
      }
    },
  });
}

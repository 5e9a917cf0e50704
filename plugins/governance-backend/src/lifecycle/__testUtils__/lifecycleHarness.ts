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
import { LifecycleState } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { DatabaseAppRegistryStore } from '../../appRegistry/DatabaseAppRegistryStore';
import { DatabaseApprovalStore } from '../../approvals/DatabaseApprovalStore';
import { DefaultApprovalService } from '../../approvals/DefaultApprovalService';
import { DatabaseAttestationStore } from '../../attestations/DatabaseAttestationStore';
import { DefaultAttestationService } from '../../attestations/DefaultAttestationService';
import { DatabaseAuditLogStore } from '../../audit/DatabaseAuditLogStore';
import { governanceTransaction } from '../../database/governanceTransaction';
import { migrateUp } from '../../database/migrateDatabase';
import { DefaultLifecycleService } from '../DefaultLifecycleService';
import { SeparationOfDuties } from '../../approvals/SeparationOfDuties';

/** Who holds which role in the lifecycle tests. */
export const people = {
  owner: 'user:default/olive',
  admin: 'user:default/ada',
  teamLead: 'user:default/tina',
  security: 'user:default/sam',
};

/**
 * The real stores and services of approvals, attestations and lifecycle on
 * one migrated database; only the catalog and notifications stand in.
 */
export async function createLifecycleHarness(knex: Knex) {
  await migrateUp(knex);
  const now = () => new Date('2026-11-22T10:00:00Z');
  const appRegistry = new DatabaseAppRegistryStore(knex);
  const auditLog = new DatabaseAuditLogStore(knex);
  const transaction = governanceTransaction(knex);
  const approvalStore = new DatabaseApprovalStore(knex);
  const notifications = { send: jest.fn() };
  const approvals = new DefaultApprovalService({
    store: approvalStore,
    appRegistry,
    transaction,
    userInfo: mockServices.userInfo(),
    roles: {
      admin: [people.admin],
      auditor: [],
      'team-lead': [people.teamLead],
      security: [people.security],
      privacy: [],
      platform: [],
      executive: [],
      legal: [],
    },
    slaHours: { 1: 24, 2: 48, 3: 120 },
    separationOfDuties: new SeparationOfDuties({
      enabled: true,
      userInfo: mockServices.userInfo(),
      appRegistry,
    }),
    notifications,
    now,
  });
  const attestationStore = new DatabaseAttestationStore(knex);
  const attestations = new DefaultAttestationService({
    store: attestationStore,
    appRegistry,
    transaction,
    userInfo: mockServices.userInfo(),
    notifications,
    logger: mockServices.logger.mock(),
    cadenceDays: { 0: 180, 1: 90, 2: 90, 3: 30 },
    now,
  });
  const lifecycle = new DefaultLifecycleService({
    appRegistry,
    approvals,
    transaction,
    catalog: { getEntities: async () => ({ items: [] }) } as any,
    auth: mockServices.auth(),
    notifications,
    logger: mockServices.logger.mock(),
    inactivityDays: 90,
    now,
  });

  /** Registers an app and puts it straight into a state (test set-up only). */
  async function seed(entityRef: string, state: LifecycleState = 'registered') {
    await appRegistry.recordSnapshot({
      entityRef,
      riskScore: 2,
      riskLevel: 'low',
      approvalTier: 1,
      dataClassification: 'internal',
      ownerRef: people.owner,
      profileHash: 'h',
      evaluatedAt: now(),
    });
    await knex('governance_apps')
      .where({ entity_ref: entityRef })
      .update({ lifecycle_state: state });
  }

  /** The app's row as stored, to compare before and after a refusal. */
  const row = (entityRef: string) =>
    knex('governance_apps').where({ entity_ref: entityRef }).first();

  const auditOf = async (entityRef: string) =>
    (await auditLog.list({ entityRef, limit: 1000 })).sort(
      (a, b) => a.seq - b.seq,
    );

  return {
    knex,
    now,
    appRegistry,
    auditLog,
    approvalStore,
    approvals,
    attestationStore,
    attestations,
    lifecycle,
    seed,
    row,
    auditOf,
  };
}

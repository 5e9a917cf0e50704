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
import {
  LifecycleState,
  RiskLevel,
} from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { WrittenPosture, recordPostureFacts } from '../kpis/recordPostureFacts';
import {
  AppRegistryStore,
  AppSnapshot,
  EvaluationDigests,
  RegisteredApp,
  StoredPosture,
} from './AppRegistryStore';

const TABLE = 'governance_apps';

interface AppRow {
  entity_ref: string;
  lifecycle_state: string;
  risk_score: number | null;
  risk_level: string | null;
  approval_tier: number | null;
  data_classification: string | null;
  owner_ref: string | null;
  profile_hash: string | null;
  registered_at: Date | string;
  evaluated_at: Date | string;
  last_activity_at: Date | string | null;
  lifecycle_reason: string | null;
  keep_until: Date | string | null;
  inactivity_warned_at: Date | string | null;
  title: string | null;
  pack_versions: string | null;
  posture?: string | null;
  posture_hash: string | null;
  entity_digest: string | null;
  model_digest: string | null;
  retirement_date: string | null;
}

// Every column but the stored posture: lists of many apps need no findings.
const SUMMARY_COLUMNS: (keyof AppRow)[] = [
  'entity_ref',
  'lifecycle_state',
  'risk_score',
  'risk_level',
  'approval_tier',
  'data_classification',
  'owner_ref',
  'profile_hash',
  'registered_at',
  'evaluated_at',
  'last_activity_at',
  'lifecycle_reason',
  'keep_until',
  'inactivity_warned_at',
  'title',
  'pack_versions',
  'posture_hash',
  'entity_digest',
  'model_digest',
  'retirement_date',
];

// SQLite hands timestamps back as strings or epoch numbers, PostgreSQL as Dates.
const toDate = (value: Date | string | number) =>
  value instanceof Date ? value : new Date(value);

const toApp = (row: AppRow): RegisteredApp => ({
  entityRef: row.entity_ref,
  lifecycleState: row.lifecycle_state as LifecycleState,
  riskScore: row.risk_score ?? undefined,
  riskLevel: (row.risk_level as RiskLevel | null) ?? undefined,
  approvalTier: row.approval_tier ?? undefined,
  dataClassification: row.data_classification ?? undefined,
  ownerRef: row.owner_ref ?? undefined,
  profileHash: row.profile_hash ?? undefined,
  registeredAt: toDate(row.registered_at),
  evaluatedAt: toDate(row.evaluated_at),
  lastActivityAt: row.last_activity_at
    ? toDate(row.last_activity_at)
    : undefined,
  lifecycleReason: row.lifecycle_reason ?? undefined,
  keepUntil: row.keep_until ? toDate(row.keep_until) : undefined,
  inactivityWarnedAt: row.inactivity_warned_at
    ? toDate(row.inactivity_warned_at)
    : undefined,
  title: row.title ?? undefined,
  packVersions: row.pack_versions ?? undefined,
  postureHash: row.posture_hash ?? undefined,
  entityDigest: row.entity_digest ?? undefined,
  modelDigest: row.model_digest ?? undefined,
  retirementDate: row.retirement_date ?? undefined,
  posture: row.posture ? (JSON.parse(row.posture) as StoredPosture) : undefined,
});

const digestColumns = (snapshot: AppSnapshot): Partial<AppRow> => ({
  entity_digest: snapshot.entityDigest ?? null,
  model_digest: snapshot.modelDigest ?? null,
});

async function upsertSnapshot(db: Knex, snapshot: AppSnapshot) {
  const values: Partial<AppRow> = {
    risk_score: snapshot.riskScore ?? null,
    risk_level: snapshot.riskLevel ?? null,
    approval_tier: snapshot.approvalTier ?? null,
    data_classification: snapshot.dataClassification ?? null,
    owner_ref: snapshot.ownerRef ?? null,
    profile_hash: snapshot.profileHash ?? null,
    retirement_date: snapshot.retirementDate ?? null,
    evaluated_at: snapshot.evaluatedAt,
    ...digestColumns(snapshot),
  };
  if (snapshot.posture) {
    values.posture = JSON.stringify(snapshot.posture);
    values.posture_hash = snapshot.postureHash ?? null;
    values.title = snapshot.title ?? null;
    values.pack_versions = snapshot.packVersions ?? null;
  }
  // One statement, so concurrent first sightings from several backend
  // instances register the app exactly once.
  await db<AppRow>(TABLE)
    .insert({
      entity_ref: snapshot.entityRef,
      lifecycle_state: 'registered',
      registered_at: snapshot.evaluatedAt,
      ...values,
    })
    .onConflict('entity_ref')
    .merge(Object.keys(values) as (keyof AppRow)[]);
}

/** The app registry in the plugin's knex database (SQLite or PostgreSQL). */
export class DatabaseAppRegistryStore implements AppRegistryStore {
  constructor(private readonly db: Knex) {}

  async recordSnapshot(snapshot: AppSnapshot): Promise<RegisteredApp> {
    await upsertSnapshot(this.db, snapshot);
    if (snapshot.posture) {
      await recordPostureFacts(
        this.db,
        [{ entityRef: snapshot.entityRef, posture: snapshot.posture }],
        snapshot.evaluatedAt,
      );
    }
    const app = await this.getApp(snapshot.entityRef);
    return app!;
  }

  async recordSnapshots(snapshots: AppSnapshot[]): Promise<void> {
    if (snapshots.length === 0) return;
    await this.db.transaction(async tx => {
      const stored = new Map(
        (
          await tx<AppRow>(TABLE)
            .whereIn(
              'entity_ref',
              snapshots.map(s => s.entityRef),
            )
            .select('entity_ref', 'posture_hash')
        ).map(row => [row.entity_ref, row.posture_hash]),
      );
      const written: WrittenPosture[] = [];
      for (const snapshot of snapshots) {
        const hash = stored.get(snapshot.entityRef);
        if (hash && hash === snapshot.postureHash) {
          await tx<AppRow>(TABLE)
            .where({ entity_ref: snapshot.entityRef })
            .update(digestColumns(snapshot));
        } else {
          await upsertSnapshot(tx, snapshot);
          if (snapshot.posture) {
            written.push({
              entityRef: snapshot.entityRef,
              posture: snapshot.posture,
            });
          }
        }
      }
      // The KPIs' findings history and declared value, for the batch at once.
      await recordPostureFacts(tx, written, snapshots[0].evaluatedAt);
    });
  }

  async getEvaluationDigests(
    entityRefs: string[],
  ): Promise<Map<string, EvaluationDigests>> {
    const digests = new Map<string, EvaluationDigests>();
    if (entityRefs.length === 0) return digests;
    const rows = await this.db<AppRow>(TABLE)
      .whereIn('entity_ref', entityRefs)
      .select('entity_ref', 'entity_digest', 'model_digest', 'posture_hash');
    for (const row of rows) {
      digests.set(row.entity_ref, {
        entityDigest: row.entity_digest ?? undefined,
        modelDigest: row.model_digest ?? undefined,
        postureHash: row.posture_hash ?? undefined,
      });
    }
    return digests;
  }

  async transitionLifecycleState(
    entityRef: string,
    change: {
      expected: LifecycleState;
      next: LifecycleState;
      reason?: string;
      keepUntil?: Date;
    },
  ): Promise<boolean> {
    // One conditional statement: of two concurrent transitions from the
    // same state, exactly one updates the row.
    const updated = await this.db<AppRow>(TABLE)
      .where({ entity_ref: entityRef, lifecycle_state: change.expected })
      .update({
        lifecycle_state: change.next,
        lifecycle_reason: change.reason ?? null,
        ...(change.keepUntil ? { keep_until: change.keepUntil } : {}),
      });
    return updated === 1;
  }

  async recordActivity(entityRef: string, at: Date) {
    const dayStart = new Date(at.toISOString().slice(0, 10));
    const change = { last_activity_at: at, inactivity_warned_at: null };
    // A compare-and-set on the last activity's day: of two reports at once,
    // the second waits on the row and then no longer matches.
    const first = await this.db<AppRow>(TABLE)
      .where({ entity_ref: entityRef })
      .andWhere(q =>
        q
          .whereNull('last_activity_at')
          .orWhere('last_activity_at', '<', dayStart),
      )
      .update(change);
    if (first > 0) return 'first-today' as const;
    const again = await this.db<AppRow>(TABLE)
      .where({ entity_ref: entityRef })
      .update(change);
    return again > 0 ? ('again' as const) : ('unknown' as const);
  }

  async markInactivityWarned(entityRef: string, at: Date): Promise<boolean> {
    const updated = await this.db<AppRow>(TABLE)
      .where({ entity_ref: entityRef })
      .whereNull('inactivity_warned_at')
      .update({ inactivity_warned_at: at });
    return updated === 1;
  }

  async listApps(): Promise<RegisteredApp[]> {
    return (
      await this.db<AppRow>(TABLE).select(SUMMARY_COLUMNS).orderBy('entity_ref')
    ).map(toApp);
  }

  async getApp(entityRef: string): Promise<RegisteredApp | undefined> {
    const row = await this.db<AppRow>(TABLE)
      .where({ entity_ref: entityRef })
      .first();
    return row ? toApp(row) : undefined;
  }
}

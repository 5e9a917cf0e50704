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
import { Knex } from 'knex';
import { StoredPosture } from '../appRegistry/AppRegistryStore';

/** Apps per query: whereIn lists stay small. */
const CHUNK = 200;

/** An app whose stored posture is being written. */
export interface WrittenPosture {
  entityRef: string;
  posture: StoredPosture;
}

const keyOf = (f: { packId: string; ruleId: string }) =>
  `${f.packId}/${f.ruleId}`;

/**
 * Keeps the facts the KPIs read from a stored posture, when the posture is
 * written (so only for changed apps, a batch at a time): when each policy
 * finding was first seen and resolved (its key disappeared), and the value
 * and cost the profile declares. A posture without a policy evaluation (an
 * invalid profile) leaves the findings as they were.
 */
export async function recordPostureFacts(
  db: Knex,
  written: WrittenPosture[],
  at: Date,
): Promise<void> {
  const latest = new Map(written.map(w => [w.entityRef, w.posture]));
  const refs = [...latest.keys()];
  for (let i = 0; i < refs.length; i += CHUNK) {
    const chunk = refs.slice(i, i + CHUNK);
    await recordFindings(db, chunk, latest, at);
    await recordValues(db, chunk, latest);
  }
}

async function recordFindings(
  db: Knex,
  refs: string[],
  postures: Map<string, StoredPosture>,
  at: Date,
) {
  const evaluated = refs.filter(ref => postures.get(ref)?.policy);
  if (evaluated.length === 0) return;
  const open = await db('governance_finding_history')
    .whereIn('entity_ref', evaluated)
    .whereNull('resolved_at')
    .select('id', 'entity_ref', 'finding_key');
  const openKeys = new Set(open.map(r => `${r.entity_ref} ${r.finding_key}`));
  const current = new Set<string>();
  const appeared: Record<string, unknown>[] = [];
  for (const ref of evaluated) {
    for (const finding of postures.get(ref)!.policy!.findings) {
      const key = `${ref} ${keyOf(finding)}`;
      if (current.has(key)) continue;
      current.add(key);
      if (openKeys.has(key)) continue;
      appeared.push({
        entity_ref: ref,
        finding_key: keyOf(finding),
        severity: finding.severity,
        first_seen_at: at,
      });
    }
  }
  const resolved = open
    .filter(r => !current.has(`${r.entity_ref} ${r.finding_key}`))
    .map(r => r.id);
  for (let i = 0; i < appeared.length; i += 100) {
    await db('governance_finding_history').insert(appeared.slice(i, i + 100));
  }
  for (let i = 0; i < resolved.length; i += 500) {
    await db('governance_finding_history')
      .whereIn('id', resolved.slice(i, i + 500))
      .update({ resolved_at: at });
  }
}

async function recordValues(
  db: Knex,
  refs: string[],
  postures: Map<string, StoredPosture>,
) {
  const rows = refs.map(ref => {
    const profile = postures.get(ref)?.profile;
    return {
      entity_ref: ref,
      hours_saved_per_week: profile?.value?.hoursSavedPerWeek ?? null,
      people_served: profile?.value?.peopleServed ?? null,
      claimed_at: profile?.value?.claimedAt ?? null,
      monthly_budget: profile?.cost?.monthlyBudget ?? null,
      monthly_cost: profile?.cost?.monthlyCost ?? null,
      currency: profile?.cost?.currency ?? null,
    };
  });
  for (let i = 0; i < rows.length; i += 100) {
    await db('governance_app_value')
      .insert(rows.slice(i, i + 100))
      .onConflict('entity_ref')
      .merge();
  }
}

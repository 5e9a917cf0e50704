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
import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GovernanceDashboard,
  daysUntil,
  getRawGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import { AuditService } from '../audit/AuditService';
import { DashboardService } from './DashboardService';
import { DashboardStore } from './DashboardStore';

const UPCOMING_DAYS = 90;

const median = (values: number[]) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The platform team's overview: the app registry's counts, catalog coverage
 * (micro apps without a profile), approval speed, attestation compliance,
 * exceptions, upcoming retirements and the audit chain's state.
 */
export class DefaultDashboardService implements DashboardService {
  constructor(
    private readonly options: {
      store: DashboardStore;
      catalog: CatalogService;
      auth: AuthService;
      audit: AuditService;
      now?: () => Date;
    },
  ) {}

  async summarize(): Promise<GovernanceDashboard> {
    const { store } = this.options;
    const now = this.options.now?.() ?? new Date();
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      { filter: { kind: 'Component', 'spec.type': 'micro-app' } },
      { credentials },
    );
    const governed = items.filter(
      e => getRawGovernanceProfile(e) !== undefined,
    );
    const ungoverned = items.filter(e => !governed.includes(e));
    const upcomingRetirements = governed
      .flatMap(e => {
        const date = (
          getRawGovernanceProfile(e) as { retirementDate?: unknown }
        )?.retirementDate;
        if (typeof date !== 'string') return [];
        const daysLeft = daysUntil(date, now);
        return daysLeft <= UPCOMING_DAYS
          ? [{ entityRef: stringifyEntityRef(e), date, daysLeft }]
          : [];
      })
      .sort((a, b) => a.daysLeft - b.daysLeft);

    const statuses = await store.approvalStatusCounts();
    const hours = await store.approvalHours();
    const attestations = await store.attestationCounts(now);
    const attested = attestations.completed + attestations.open;
    const audit = await this.options.audit.verify();
    return {
      generatedAt: now.toISOString(),
      apps: await store.appCounts(),
      coverage: {
        governed: governed.length,
        ungoverned: ungoverned.length,
        ungovernedRefs: ungoverned.map(e => stringifyEntityRef(e)),
      },
      approvals: {
        pending: statuses.pending ?? 0,
        autoApproved: statuses['auto-approved'] ?? 0,
        reviewed: hours.length,
        medianHoursToApproval: median(hours),
      },
      attestations: {
        ...attestations,
        complianceRate: attested
          ? (attested - attestations.overdue) / attested
          : undefined,
      },
      exceptions: await store.exceptionCounts(now),
      upcomingRetirements,
      audit: {
        valid: audit.valid && audit.checkpoints.valid,
        events: audit.checkedEvents,
        reason:
          audit.firstBroken?.reason ?? audit.checkpoints.firstBroken?.reason,
      },
    };
  }
}

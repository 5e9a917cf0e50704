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
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  LifecycleEvent,
  ResumableState,
  daysUntil,
  getRawGovernanceProfile,
  nextLifecycleState,
} from '@guardrails/plugin-governance-common';
import {
  AppRegistryStore,
  RegisteredApp,
} from '../appRegistry/AppRegistryStore';
import { ApprovalService } from '../approvals/ApprovalService';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { LifecycleAction, LifecycleService } from './LifecycleService';
import { sendNotification } from '../notifications/sendNotification';
import { applyLifecycleEvent } from './applyLifecycleEvent';

const DAY_MS = 86_400_000;
/** Owners of idle apps are warned this many days before the retirement queue. */
const WARN_DAYS_BEFORE = 14;
const RETIREMENT_DUE: LifecycleEvent = { type: 'retirement-due', by: 'system' };

/** Options of {@link DefaultLifecycleService}. */
export interface DefaultLifecycleServiceOptions {
  appRegistry: AppRegistryStore;
  approvals: ApprovalService;
  /** Writes a change and its audit event in one transaction. */
  transaction: GovernanceTransaction;
  catalog: CatalogService;
  auth: AuthService;
  notifications: NotificationService;
  logger: LoggerService;
  /** Days without activity before an app is queued for retirement. */
  inactivityDays: number;
  now?: () => Date;
}

/**
 * Lifecycle rules of governed apps; every change is audited in the
 * transaction that makes it, activity at most once per app and UTC day.
 */
export class DefaultLifecycleService implements LifecycleService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultLifecycleServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async reportActivity(entityRef: string, actor: string) {
    const now = this.now();
    await this.options.transaction(async ({ appRegistry, auditLog }) => {
      const recorded = await appRegistry.recordActivity(entityRef, now);
      if (recorded === 'unknown') {
        throw new NotFoundError(
          `${entityRef} is not a registered governed app; open its Governance tab or wait for the next sync`,
        );
      }
      // Activity keeps an app out of the retirement sweep: who said so is
      // on the record, once a day (apps report on every use).
      if (recorded !== 'first-today') return;
      await auditLog.append({
        actor,
        action: 'app.activity-reported',
        entityRef,
        occurredAt: now,
        payload: { day: now.toISOString().slice(0, 10) },
      });
    });
  }

  async change(
    entityRef: string,
    action: LifecycleAction,
    justification: string,
    actor: string,
  ) {
    await this.requireApp(entityRef);
    const now = this.now();
    const event: LifecycleEvent =
      action === 'keep' || action === 'reinstate'
        ? {
            type: action,
            by: action === 'keep' ? 'owner' : 'admin',
            resumeTo: await this.resumableState(entityRef),
          }
        : { type: action, by: 'admin' };
    return this.options.transaction(async ({ appRegistry, auditLog }) => {
      const change = await applyLifecycleEvent(
        appRegistry,
        entityRef,
        event,
        () => ({
          reason: `${action} by ${actor}: ${justification}`,
          keepUntil:
            action === 'keep'
              ? new Date(now.getTime() + this.options.inactivityDays * DAY_MS)
              : undefined,
        }),
      );
      if (!change.applied) throw new ConflictError(change.reason);
      await auditLog.append({
        actor,
        action: `lifecycle.${action}`,
        entityRef,
        occurredAt: now,
        payload: { from: change.from, to: change.to, justification },
      });
      return { state: change.to };
    });
  }

  async sweep() {
    const now = this.now();
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: { 'spec.governance.dataClassification': CATALOG_FILTER_EXISTS },
      },
      { credentials },
    );
    const retirementDates = new Map(
      items.map(e => [
        stringifyEntityRef(e),
        (getRawGovernanceProfile(e) as { retirementDate?: string } | undefined)
          ?.retirementDate,
      ]),
    );
    const queued: string[] = [];
    for (const app of await this.options.appRegistry.listApps()) {
      if (!nextLifecycleState(app.lifecycleState, RETIREMENT_DUE).allowed)
        continue;
      if (app.keepUntil && app.keepUntil.getTime() > now.getTime()) continue;
      const reason = this.retirementReason(
        app,
        retirementDates.get(app.entityRef),
        now,
      );
      if (!reason) {
        await this.warnIfIdle(app, now);
        continue;
      }
      const applied = await this.options.transaction(
        async ({ appRegistry, auditLog }) => {
          const change = await applyLifecycleEvent(
            appRegistry,
            app.entityRef,
            RETIREMENT_DUE,
            () => ({ reason }),
          );
          // Someone quarantined, retired or queued it since the listing.
          if (!change.applied) return false;
          await auditLog.append({
            actor: 'service:governance',
            action: 'lifecycle.retirement-queued',
            entityRef: app.entityRef,
            occurredAt: now,
            payload: { from: change.from, to: change.to, reason },
          });
          return true;
        },
      );
      if (!applied) continue;
      await this.notifyOwner(app, reason);
      queued.push(app.entityRef);
    }
    return { queued };
  }

  private async warnIfIdle(app: RegisteredApp, now: Date) {
    const lastSeen = app.lastActivityAt ?? app.registeredAt;
    const idleDays = Math.floor((now.getTime() - lastSeen.getTime()) / DAY_MS);
    const warnAt = this.options.inactivityDays - WARN_DAYS_BEFORE;
    if (idleDays < warnAt) return;
    if (
      !(await this.options.appRegistry.markInactivityWarned(app.entityRef, now))
    )
      return;
    await this.notifyOwner(
      app,
      `it has had no activity for ${idleDays} days; it will be queued for retirement after ${this.options.inactivityDays}`,
      `${app.entityRef} has been idle for ${idleDays} days`,
    );
  }

  private retirementReason(
    app: RegisteredApp,
    retirementDate: string | undefined,
    now: Date,
  ) {
    if (retirementDate && daysUntil(retirementDate, now) <= 0) {
      return `its planned retirement date ${retirementDate} has come`;
    }
    const lastSeen = app.lastActivityAt ?? app.registeredAt;
    const idleDays = Math.floor((now.getTime() - lastSeen.getTime()) / DAY_MS);
    if (idleDays >= this.options.inactivityDays) {
      return `no activity for ${idleDays} days (limit ${this.options.inactivityDays})`;
    }
    return undefined;
  }

  private async notifyOwner(
    app: RegisteredApp,
    reason: string,
    title?: string,
  ) {
    if (!app.ownerRef) return;
    await sendNotification(this.options.notifications, this.options.logger, {
      to: app.ownerRef,
      title: title ?? `${app.entityRef} is queued for retirement`,
      description: title
        ? `Report activity to keep it in service: ${reason}.`
        : `It was queued because ${reason}. Keep it with a justification on its Governance tab, or let it retire.`,
      severity: 'high',
      topic: 'governance-lifecycle',
    });
  }

  /** Where a kept or reinstated app resumes: its latest approval's standing. */
  private async resumableState(entityRef: string): Promise<ResumableState> {
    const approval = await this.options.approvals.latestForEntity(entityRef);
    if (approval?.status === 'approved' || approval?.status === 'auto-approved')
      return 'approved';
    if (approval?.status === 'pending') return 'pending-approval';
    return 'registered';
  }

  private async requireApp(entityRef: string) {
    const app = await this.options.appRegistry.getApp(entityRef);
    if (!app) {
      throw new NotFoundError(`${entityRef} is not a registered governed app`);
    }
    return app;
  }
}

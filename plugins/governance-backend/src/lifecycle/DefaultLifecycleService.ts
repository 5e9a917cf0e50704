import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  LifecycleState,
  daysUntil,
  getRawGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  AppRegistryStore,
  RegisteredApp,
} from '../appRegistry/AppRegistryStore';
import { AuditLogStore } from '../audit/AuditLogStore';
import { ApprovalService } from '../approvals/ApprovalService';
import { LifecycleAction, LifecycleService } from './LifecycleService';
import { sendNotification } from '../notifications/sendNotification';

const DAY_MS = 86_400_000;
/** Owners of idle apps are warned this many days before the retirement queue. */
const WARN_DAYS_BEFORE = 14;

/** Options of {@link DefaultLifecycleService}. */
export interface DefaultLifecycleServiceOptions {
  appRegistry: AppRegistryStore;
  approvals: ApprovalService;
  auditLog: AuditLogStore;
  catalog: CatalogService;
  auth: AuthService;
  notifications: NotificationService;
  logger: LoggerService;
  /** Days without activity before an app is queued for retirement. */
  inactivityDays: number;
  now?: () => Date;
}

const ADMIN_TARGET: Record<
  Exclude<LifecycleAction, 'keep' | 'reinstate'>,
  LifecycleState
> = {
  quarantine: 'quarantined',
  retire: 'retired',
};

/** Lifecycle rules of governed apps; every change is audited. */
export class DefaultLifecycleService implements LifecycleService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultLifecycleServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async reportActivity(entityRef: string, actor: string) {
    const known = await this.options.appRegistry.recordActivity(
      entityRef,
      this.now(),
    );
    if (!known) {
      throw new NotFoundError(
        `${entityRef} is not a registered governed app; open its Governance tab or wait for the next sync`,
      );
    }
    this.options.logger.debug(`Activity of ${entityRef} reported by ${actor}`);
  }

  async change(
    entityRef: string,
    action: LifecycleAction,
    justification: string,
    actor: string,
  ) {
    const app = await this.requireApp(entityRef);
    const now = this.now();
    let state: LifecycleState;
    let keepUntil: Date | undefined;
    if (action === 'quarantine' || action === 'retire') {
      if (app.lifecycleState === 'retired') {
        throw new ConflictError(`${entityRef} is retired already`);
      }
      state = ADMIN_TARGET[action];
    } else {
      if (action === 'keep' && app.lifecycleState !== 'retirement-pending') {
        throw new ConflictError(
          `${entityRef} is ${app.lifecycleState}; only an app queued for retirement can be kept`,
        );
      }
      if (
        action === 'reinstate' &&
        !['quarantined', 'retirement-pending', 'retired'].includes(
          app.lifecycleState,
        )
      ) {
        throw new ConflictError(
          `${entityRef} is ${app.lifecycleState}; there is nothing to reinstate`,
        );
      }
      state = await this.stateFromApproval(entityRef);
      if (action === 'keep') {
        keepUntil = new Date(
          now.getTime() + this.options.inactivityDays * DAY_MS,
        );
      }
    }
    await this.options.appRegistry.setLifecycleState(entityRef, state, {
      reason: `${action} by ${actor}: ${justification}`,
      keepUntil,
    });
    await this.options.auditLog.append({
      actor,
      action: `lifecycle.${action}`,
      entityRef,
      occurredAt: now,
      payload: { from: app.lifecycleState, to: state, justification },
    });
    return { state };
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
      if (
        ['quarantined', 'retired', 'retirement-pending'].includes(
          app.lifecycleState,
        )
      )
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
      await this.options.appRegistry.setLifecycleState(
        app.entityRef,
        'retirement-pending',
        { reason },
      );
      await this.options.auditLog.append({
        actor: 'service:governance',
        action: 'lifecycle.retirement-queued',
        entityRef: app.entityRef,
        occurredAt: now,
        payload: { reason },
      });
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

  private async stateFromApproval(entityRef: string): Promise<LifecycleState> {
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

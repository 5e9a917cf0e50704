import {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  GovernanceProfile,
  ReviewerRole,
  RiskAssessment,
  REVIEWER_ROLES,
} from '@guardrails/plugin-governance-common';
import { GovernanceRoles, rolesOf } from '@guardrails/plugin-governance-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  RELATION_MEMBER_OF,
  stringifyEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { AuditLogStore } from '../audit/AuditLogStore';
import { ApprovalSlaHours } from '../config';
import { sendNotification } from '../notifications/sendNotification';
import { ApprovalService } from './ApprovalService';
import { ApprovalStore } from './ApprovalStore';
import { checkApprovalSla } from './checkApprovalSla';
import { materialHashOf } from './materialHashOf';
import { applyLifecycleEvent } from '../lifecycle/applyLifecycleEvent';

const HOUR_MS = 3_600_000;

/** Refuses a request that takes no more decisions or delegations. */
function requireOpen(request: ApprovalRequest) {
  if (request.status === 'superseded') {
    throw new ConflictError(
      `Approval request ${request.id} was superseded by ${
        request.supersededBy ?? 'a newer request'
      }; decide the app's latest request instead`,
    );
  }
  if (request.status !== 'pending') {
    throw new ConflictError(
      `Approval request ${request.id} is ${request.status}; it takes no more decisions`,
    );
  }
}

/** Options of {@link DefaultApprovalService}. */
export interface DefaultApprovalServiceOptions {
  store: ApprovalStore;
  appRegistry: AppRegistryStore;
  auditLog: AuditLogStore;
  userInfo: UserInfoService;
  roles: GovernanceRoles;
  slaHours: ApprovalSlaHours;
  notifications?: NotificationService;
  /** Looks up a delegate's groups; needed for delegation only. */
  catalog?: CatalogService;
  /** Called once a request is approved or auto-approved (signs evidence). */
  onApproved?: (request: ApprovalRequest) => Promise<void>;
  now?: () => Date;
}

/** Opens, routes and closes approval requests; every step is audited. */
export class DefaultApprovalService implements ApprovalService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultApprovalServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async reconcile(
    entityRef: string,
    profile: GovernanceProfile,
    risk: RiskAssessment,
  ) {
    const now = this.now();
    const automatic = risk.tier === 0;
    const { request, opened } = await this.options.store.openIfChanged({
      entityRef,
      materialHash: materialHashOf(profile, risk),
      tier: risk.tier,
      requiredRoles: risk.reviewers,
      status: automatic ? 'auto-approved' : 'pending',
      reason: automatic
        ? `Approved automatically: tier 0 (self-service). ${risk.tierReasons.join(
            '; ',
          )}.`
        : `Tier ${risk.tier} (${risk.tierName}) needs ${risk.reviewers.join(
            ', ',
          )}. ${risk.tierReasons.join('; ')}.`,
      createdAt: now,
      dueAt: automatic
        ? undefined
        : new Date(
            now.getTime() +
              this.options.slaHours[risk.tier as 1 | 2 | 3] * HOUR_MS,
          ),
    });
    if (opened) {
      await this.options.auditLog.append({
        actor: 'service:governance',
        action: automatic ? 'approval.auto-approved' : 'approval.requested',
        entityRef,
        occurredAt: now,
        payload: {
          requestId: request.id,
          tier: request.tier,
          requiredRoles: request.requiredRoles,
          reason: request.reason,
        },
      });
      // Refused, and so left as it is, when the app is quarantined, retired
      // or queued for retirement: the request waits for its way back.
      await applyLifecycleEvent(this.options.appRegistry, entityRef, {
        type: automatic ? 'auto-approved' : 'approval-requested',
        by: 'system',
      });
      if (automatic) await this.options.onApproved?.(request);
    }
    return request;
  }

  async decide(
    requestId: string,
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    },
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest> {
    const request = await this.options.store.get(requestId);
    if (!request) throw new NotFoundError(`No approval request ${requestId}`);
    if (!request.requiredRoles.includes(decision.role)) {
      throw new InputError(
        `role: ${decision.role} does not review this request; it needs ${
          request.requiredRoles.join(', ') || 'no reviewer'
        }`,
      );
    }
    if (!(await this.rolesHeldBy(credentials)).has(decision.role)) {
      throw new NotAllowedError(
        `You do not hold the ${decision.role} reviewer role`,
      );
    }
    const delegate = request.delegates[decision.role];
    if (delegate && delegate !== actor) {
      throw new NotAllowedError(
        `The ${decision.role} review of this request was delegated to ${delegate}`,
      );
    }
    requireOpen(request);
    const now = this.now();
    const result = await this.options.store.addDecision(requestId, {
      ...decision,
      decidedBy: actor,
      decidedAt: now.toISOString(),
    });
    if (result.outcome === 'duplicate') {
      throw new ConflictError(
        `The ${decision.role} role has already decided on request ${requestId}; decisions cannot be changed`,
      );
    }
    if (result.outcome === 'closed') {
      requireOpen({ ...request, status: result.status ?? request.status });
      throw new ConflictError(`Approval request ${requestId} is closed`);
    }
    const updated = result.request;
    await this.options.auditLog.append({
      actor,
      action: 'approval.decided',
      entityRef: request.entityRef,
      occurredAt: now,
      payload: { requestId, ...decision, status: updated.status },
    });
    // Only the app's latest request speaks for its state; the table refuses
    // the move when the app is quarantined, retired or queued for
    // retirement.
    const latest = await this.options.store.latestForEntity(request.entityRef);
    if (updated.status !== 'pending' && latest?.id === requestId) {
      await applyLifecycleEvent(this.options.appRegistry, request.entityRef, {
        type:
          updated.status === 'approved'
            ? 'approval-granted'
            : 'approval-rejected',
        by: 'reviewer',
      });
    }
    if (updated.status === 'approved') await this.options.onApproved?.(updated);
    return updated;
  }

  async delegate(
    requestId: string,
    delegation: { role: ReviewerRole; to: string },
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest> {
    const request = await this.options.store.get(requestId);
    if (!request) throw new NotFoundError(`No approval request ${requestId}`);
    requireOpen(request);
    if (!request.awaitingRoles.includes(delegation.role)) {
      throw new InputError(
        `role: this request does not wait on ${delegation.role}`,
      );
    }
    if (!(await this.rolesHeldBy(credentials)).has(delegation.role)) {
      throw new NotAllowedError(
        `You do not hold the ${delegation.role} reviewer role`,
      );
    }
    const to = stringifyEntityRef(
      parseEntityRef(delegation.to, { defaultKind: 'user' }),
    );
    const user = await this.options.catalog?.getEntityByRef(to, {
      credentials,
    });
    const groups = (user?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef);
    if (
      !user ||
      !rolesOf(this.options.roles, [to, ...groups]).has(delegation.role)
    ) {
      throw new InputError(
        `to: ${to} is not a member of the ${delegation.role} role`,
      );
    }
    const now = this.now();
    await this.options.store.addDelegation({
      requestId,
      role: delegation.role,
      delegatedBy: actor,
      delegatedTo: to,
      delegatedAt: now,
    });
    await this.options.auditLog.append({
      actor,
      action: 'approval.delegated',
      entityRef: request.entityRef,
      occurredAt: now,
      payload: { requestId, role: delegation.role, to },
    });
    await this.notify(
      [to],
      `Review of ${request.entityRef} delegated to you`,
      `${actor} asked you to review it as ${delegation.role}.`,
      'normal',
    );
    return (await this.options.store.get(requestId))!;
  }

  async queueFor(credentials: BackstageCredentials) {
    const held = await this.rolesHeldBy(credentials);
    const me = (await this.options.userInfo.getUserInfo(credentials))
      .userEntityRef;
    const pending = await this.options.store.listPending();
    return pending.filter(r =>
      r.awaitingRoles.some(
        role =>
          held.has(role) && (!r.delegates[role] || r.delegates[role] === me),
      ),
    );
  }

  async reviewerRolesOf(credentials: BackstageCredentials) {
    const held = await this.rolesHeldBy(credentials);
    return REVIEWER_ROLES.filter(role => held.has(role));
  }

  latestForEntity(entityRef: string) {
    return this.options.store.latestForEntity(entityRef);
  }

  remindAndEscalate() {
    return checkApprovalSla({
      store: this.options.store,
      auditLog: this.options.auditLog,
      roles: this.options.roles,
      notifications: this.options.notifications,
      now: this.now(),
    });
  }

  private notify(
    to: string[],
    title: string,
    description: string,
    severity: 'normal' | 'high',
  ) {
    return sendNotification(this.options.notifications, undefined, {
      to,
      title,
      description,
      severity,
      topic: 'governance-approval',
    });
  }

  private async rolesHeldBy(credentials: BackstageCredentials) {
    const info = await this.options.userInfo.getUserInfo(credentials);
    return rolesOf(this.options.roles, info.ownershipEntityRefs) as Set<string>;
  }
}

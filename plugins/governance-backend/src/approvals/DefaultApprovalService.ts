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
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
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
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { ApprovalSlaHours } from '../config';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { sendNotification } from '../notifications/sendNotification';
import { ApprovalService } from './ApprovalService';
import { ApprovalStore } from './ApprovalStore';
import { approvalOpening } from './approvalOpening';
import { requireOpen } from './approvalChecks';
import { checkApprovalSla } from './checkApprovalSla';
import { delegateReview } from './delegateReview';
import { recordDecision } from './recordDecision';
import { resubmitRequest } from './resubmitRequest';
import { withDecidability } from './withDecidability';
import { Caller, SeparationOfDuties } from './SeparationOfDuties';
import { applyLifecycleEvent } from '../lifecycle/applyLifecycleEvent';

/** Options of {@link DefaultApprovalService}. */
export interface DefaultApprovalServiceOptions {
  store: ApprovalStore;
  appRegistry: AppRegistryStore;
  /** Writes a change and its audit event in one transaction. */
  transaction: GovernanceTransaction;
  userInfo: UserInfoService;
  roles: GovernanceRoles;
  slaHours: ApprovalSlaHours;
  /** The separation-of-duties rules, as configured. */
  separationOfDuties: SeparationOfDuties;
  notifications?: NotificationService;
  /** Looks up a delegate's groups; needed for delegation only. */
  catalog?: CatalogService;
  /** Called once a request is approved or auto-approved (signs evidence). */
  onApproved?: (request: ApprovalRequest) => Promise<void>;
  now?: () => Date;
}

/**
 * Opens, routes and closes approval requests; every step is audited in the
 * transaction that records it, with the lifecycle move it causes.
 */
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
    const opening = approvalOpening(entityRef, profile, risk, {
      slaHours: this.options.slaHours,
      now,
    });
    const automatic = opening.status === 'auto-approved';
    // Most evaluations change nothing material: no transaction for them.
    const latest = await this.options.store.latestForEntity(entityRef);
    if (latest?.materialHash === opening.materialHash) return latest;
    const { request, opened } = await this.options.transaction(
      async ({ approvals, appRegistry, auditLog }) => {
        const result = await approvals.openIfChanged(opening);
        if (!result.opened) return result;
        // Refused, and so left as it is, when the app is quarantined,
        // retired or queued for retirement: the request waits for its way
        // back.
        await applyLifecycleEvent(appRegistry, entityRef, {
          type: automatic ? 'auto-approved' : 'approval-requested',
          by: 'system',
        });
        await auditLog.append({
          actor: 'service:governance',
          action: automatic ? 'approval.auto-approved' : 'approval.requested',
          entityRef,
          occurredAt: now,
          payload: {
            requestId: result.request.id,
            tier: result.request.tier,
            requiredRoles: result.request.requiredRoles,
            reason: result.request.reason,
          },
        });
        return result;
      },
    );
    if (opened && automatic) await this.options.onApproved?.(request);
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
    const caller = await this.sod.callerOf(credentials);
    if (!this.rolesOfCaller(caller).has(decision.role)) {
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
    const conflict = await this.sod.approvalConflict(
      request,
      decision.role,
      caller,
    );
    if (conflict) throw new NotAllowedError(conflict);
    const updated = await recordDecision(this.options.transaction, request, {
      decision,
      actor,
      oneRolePerPerson: this.sod.enabled,
      now: this.now(),
    });
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
    const caller = await this.sod.callerOf(credentials);
    if (!this.rolesOfCaller(caller).has(delegation.role)) {
      throw new NotAllowedError(
        `You do not hold the ${delegation.role} reviewer role`,
      );
    }
    const { to, delegated } = await delegateReview(this.options, request, {
      delegation,
      credentials,
      actor,
      now: this.now(),
    });
    await this.notify(
      [to],
      `Review of ${request.entityRef} delegated to you`,
      `${actor} asked you to review it as ${delegation.role}.`,
      'normal',
    );
    return delegated;
  }

  async queueFor(credentials: BackstageCredentials) {
    const caller = await this.sod.callerOf(credentials);
    const held = this.rolesOfCaller(caller);
    const me = caller.userRef;
    const pending = await this.options.store.listPending();
    const mine = pending.filter(r =>
      r.awaitingRoles.some(
        role =>
          held.has(role) && (!r.delegates[role] || r.delegates[role] === me),
      ),
    );
    // Listed even when the caller may not decide, with the reason, so the
    // queue shows the request disabled rather than hiding it.
    return Promise.all(
      mine.map(r => withDecidability(r, caller, this.options)),
    );
  }

  async decidabilityFor(
    request: ApprovalRequest,
    credentials: BackstageCredentials,
  ) {
    return withDecidability(
      request,
      await this.sod.callerOf(credentials),
      this.options,
    );
  }

  async resubmit(
    requestId: string,
    comment: string,
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest> {
    const request = await this.options.store.get(requestId);
    if (!request) throw new NotFoundError(`No approval request ${requestId}`);
    const next = await resubmitRequest(this.options, request, {
      comment,
      caller: await this.sod.callerOf(credentials),
      actor,
      now: this.now(),
    });
    await this.notify(
      this.reviewersOf(next),
      `${request.entityRef} resubmitted for approval`,
      `${actor} addressed the requested changes: ${comment}`,
      'normal',
    );
    return next;
  }

  async reviewerRolesOf(credentials: BackstageCredentials) {
    const held = this.rolesOfCaller(await this.sod.callerOf(credentials));
    return REVIEWER_ROLES.filter(role => held.has(role));
  }

  latestForEntity(entityRef: string) {
    return this.options.store.latestForEntity(entityRef);
  }

  remindAndEscalate() {
    return checkApprovalSla({
      store: this.options.store,
      transaction: this.options.transaction,
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

  private get sod() {
    return this.options.separationOfDuties;
  }

  private rolesOfCaller(caller: Caller) {
    return rolesOf(this.options.roles, caller.claims) as Set<string>;
  }

  /** Who reviews a request: the role holders named in config. */
  private reviewersOf(request: ApprovalRequest): string[] {
    return [
      ...new Set(
        request.requiredRoles.flatMap(role => this.options.roles[role] ?? []),
      ),
    ];
  }
}

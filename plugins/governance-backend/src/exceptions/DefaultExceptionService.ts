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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PolicyException } from '@guardrails/plugin-governance-common';
import { PolicyEngine, ruleKey } from '@guardrails/plugin-governance-node';
import { SeparationOfDuties } from '../approvals/SeparationOfDuties';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { ExceptionStore } from './ExceptionStore';
import {
  ExceptionDecisionRequest,
  ExceptionRequest,
  ExceptionService,
} from './ExceptionService';

const DAY_MS = 86_400_000;

/** Options of {@link DefaultExceptionService}. */
export interface DefaultExceptionServiceOptions {
  store: ExceptionStore;
  /** Writes a change and its audit event in one transaction. */
  transaction: GovernanceTransaction;
  catalog: CatalogService;
  policyEngine: PolicyEngine;
  /** Longest an exception may last, in days. */
  maxDays: number;
  /** The separation-of-duties rules, as configured. */
  separationOfDuties: SeparationOfDuties;
  now?: () => Date;
}

/**
 * Exceptions for one rule on one app: owners request, reviewers decide once
 * (never the requester or the app's owners), grants expire; every step
 * lands in the audit log, in the transaction that records it.
 */
export class DefaultExceptionService implements ExceptionService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultExceptionServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async request(
    request: ExceptionRequest,
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<PolicyException> {
    const { catalog, policyEngine, maxDays, transaction } = this.options;
    if (request.requestedDays > maxDays) {
      throw new InputError(
        `requestedDays may be at most ${maxDays} (governance.exceptions.maxDays)`,
      );
    }
    const entity = await catalog.getEntityByRef(request.entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(
        `No catalog entity found for ${request.entityRef}`,
      );
    }
    const known = policyEngine
      .listPacks()
      .some(
        p =>
          p.id === request.packId && p.rules.some(r => r.id === request.ruleId),
      );
    if (!known) {
      throw new InputError(
        `ruleId: no rule ${ruleKey(
          request.packId,
          request.ruleId,
        )} in the loaded policy packs`,
      );
    }
    const now = this.now();
    return transaction(async ({ exceptions, auditLog }) => {
      const exception = await exceptions.create({
        ...request,
        requestedBy: actor,
        requestedAt: now,
      });
      await auditLog.append({
        actor,
        action: 'exception.requested',
        entityRef: request.entityRef,
        occurredAt: now,
        payload: { exceptionId: exception.id, ...request },
      });
      return exception;
    });
  }

  async decide(
    id: string,
    decision: ExceptionDecisionRequest,
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<PolicyException> {
    const { store, transaction, maxDays } = this.options;
    const now = this.now();
    const existing = await store.get(id, now);
    if (!existing) {
      throw new NotFoundError(`No exception request ${id}`);
    }
    const conflict = () =>
      new ConflictError(
        `Exception ${id} was already ${
          existing.status === 'requested' ? 'decided' : existing.status
        }; decisions cannot be changed`,
      );
    if (existing.status !== 'requested') throw conflict();
    const sod = this.options.separationOfDuties;
    const refusal = await sod.exceptionConflict(
      existing,
      await sod.callerOf(credentials),
    );
    if (refusal) throw new NotAllowedError(refusal);
    const days = Math.min(decision.days ?? existing.requestedDays, maxDays);
    const granted = decision.decision === 'grant';
    return transaction(async ({ exceptions, auditLog }) => {
      const decided = await exceptions.decide(
        id,
        {
          status: granted ? 'granted' : 'denied',
          decidedBy: actor,
          decidedAt: now,
          comment: decision.comment,
          expiresAt: granted
            ? new Date(now.getTime() + days * DAY_MS)
            : undefined,
        },
        now,
      );
      if (!decided) throw conflict();
      await auditLog.append({
        actor,
        action: granted ? 'exception.granted' : 'exception.denied',
        entityRef: decided.entityRef,
        occurredAt: now,
        payload: {
          exceptionId: id,
          packId: decided.packId,
          ruleId: decided.ruleId,
          comment: decision.comment ?? null,
          expiresAt: decided.expiresAt ?? null,
        },
      });
      return decided;
    });
  }

  listForEntity(entityRef: string): Promise<PolicyException[]> {
    return this.options.store.listForEntity(entityRef, this.now());
  }

  async activeWaivers(entityRef: string): Promise<Set<string>> {
    const exceptions = await this.listForEntity(entityRef);
    return new Set(
      exceptions.filter(e => e.active).map(e => ruleKey(e.packId, e.ruleId)),
    );
  }
}

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
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ApprovalTier,
  AttestationAnswers,
} from '@guardrails/plugin-governance-common';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { AttestationStore } from './AttestationStore';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { AttestationService } from './AttestationService';
import { sendNotification } from '../notifications/sendNotification';
import { applyLifecycleEvent } from '../lifecycle/applyLifecycleEvent';

const DAY_MS = 86_400_000;
/** Owners get at least this long to answer a new task. */
const MIN_DAYS_TO_ANSWER = 7;
/** Reminders go out this many days before the due date. */
const REMIND_DAYS_BEFORE = 7;

/** Options of {@link DefaultAttestationService}. */
export interface DefaultAttestationServiceOptions {
  store: AttestationStore;
  appRegistry: AppRegistryStore;
  /** Writes a change and its audit event in one transaction. */
  transaction: GovernanceTransaction;
  userInfo: UserInfoService;
  notifications: NotificationService;
  logger: LoggerService;
  /** Days between attestations, per approval tier. */
  cadenceDays: Record<ApprovalTier, number>;
  now?: () => Date;
}

/** The campaign period containing `now`, for a cadence. */
export function campaignFor(now: Date, cadenceDays: number) {
  const length = cadenceDays * DAY_MS;
  const index = Math.floor(now.getTime() / length);
  return {
    campaign: `every-${cadenceDays}d-${index}`,
    endsAt: new Date((index + 1) * length),
  };
}

/** Owner attestations on a cadence set by tier; every step is audited. */
export class DefaultAttestationService implements AttestationService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultAttestationServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async runCampaigns() {
    const now = this.now();
    let opened = 0;
    for (const app of await this.options.appRegistry.listApps()) {
      if (!app.ownerRef || app.approvalTier === undefined) continue;
      if (['retired', 'retirement-pending'].includes(app.lifecycleState))
        continue;
      const cadence =
        this.options.cadenceDays[app.approvalTier as ApprovalTier];
      const { campaign, endsAt } = campaignFor(now, cadence);
      const dueAt = new Date(
        Math.max(endsAt.getTime(), now.getTime() + MIN_DAYS_TO_ANSWER * DAY_MS),
      );
      const ownerRef = app.ownerRef;
      const created = await this.options.transaction(
        async ({ attestations, auditLog }) => {
          if (
            !(await attestations.createIfAbsent({
              entityRef: app.entityRef,
              ownerRef,
              campaign,
              dueAt,
              createdAt: now,
            }))
          )
            return false;
          await auditLog.append({
            actor: 'service:governance',
            action: 'attestation.opened',
            entityRef: app.entityRef,
            occurredAt: now,
            payload: { campaign, dueAt: dueAt.toISOString(), ownerRef },
          });
          return true;
        },
      );
      if (!created) continue;
      opened++;
      await this.notify(
        app.ownerRef,
        `Attest ${app.entityRef} by ${dueAt.toISOString().slice(0, 10)}`,
        'Confirm the app is still needed, its owner and classification are right and its controls are in place.',
        'normal',
      );
    }
    return opened;
  }

  async remindAndEscalate() {
    const now = this.now();
    let reminded = 0;
    let escalated = 0;
    for (const task of await this.options.store.listOpen(now)) {
      const due = Date.parse(task.dueAt);
      if (task.overdue && !task.escalatedAt) {
        const marked = await this.options.transaction(
          async ({ attestations, auditLog }) => {
            if (!(await attestations.markEscalated(task.id, now))) return false;
            await auditLog.append({
              actor: 'service:governance',
              action: 'attestation.overdue',
              entityRef: task.entityRef,
              occurredAt: now,
              payload: {
                attestationId: task.id,
                campaign: task.campaign,
                dueAt: task.dueAt,
              },
            });
            return true;
          },
        );
        // Another instance escalated it first.
        if (!marked) continue;
        await this.notify(
          task.ownerRef,
          `${task.entityRef} is non-compliant: attestation overdue`,
          `The attestation due ${task.dueAt.slice(0, 10)} was not submitted.`,
          'high',
        );
        escalated++;
      } else if (
        !task.overdue &&
        !task.remindedAt &&
        due - now.getTime() <= REMIND_DAYS_BEFORE * DAY_MS
      ) {
        await this.options.store.markReminded(task.id, now);
        await this.notify(
          task.ownerRef,
          `Reminder: attest ${task.entityRef} by ${task.dueAt.slice(0, 10)}`,
          'The attestation is due soon.',
          'normal',
        );
        reminded++;
      }
    }
    return { reminded, escalated };
  }

  get(id: string) {
    return this.options.store.get(id, this.now());
  }

  async submit(
    id: string,
    answers: AttestationAnswers,
    { actor }: { actor: string },
  ) {
    const now = this.now();
    const task = await this.options.store.get(id, now);
    if (!task) throw new NotFoundError(`No attestation ${id}`);
    return this.options.transaction(
      async ({ attestations, appRegistry, auditLog }) => {
        if (!(await attestations.complete(id, actor, now, answers))) {
          throw new ConflictError(`Attestation ${id} was completed already`);
        }
        // A quarantined or retired app stays where it is: the answer is on
        // record, but only an admin's reinstate brings such an app back.
        const change = answers.stillNeeded
          ? undefined
          : await applyLifecycleEvent(
              appRegistry,
              task.entityRef,
              { type: 'attested-not-needed', by: 'owner' },
              () => ({
                reason: `${actor} attested that the app is no longer needed: ${answers.notes}`,
              }),
            );
        await auditLog.append({
          actor,
          action: 'attestation.completed',
          entityRef: task.entityRef,
          occurredAt: now,
          payload: { attestationId: id, campaign: task.campaign, answers },
        });
        if (change?.applied) {
          await auditLog.append({
            actor,
            action: 'lifecycle.attested-not-needed',
            entityRef: task.entityRef,
            occurredAt: now,
            payload: { from: change.from, to: change.to, attestationId: id },
          });
        }
        return (await attestations.get(id, now))!;
      },
    );
  }

  listForEntity(entityRef: string) {
    return this.options.store.listForEntity(entityRef, this.now());
  }

  async listOpenFor(credentials: BackstageCredentials) {
    const info = await this.options.userInfo.getUserInfo(credentials);
    const claims = new Set(
      info.ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
    );
    const open = await this.options.store.listOpen(this.now());
    return open.filter(t => claims.has(t.ownerRef.toLocaleLowerCase('en-US')));
  }

  private notify(
    ownerRef: string,
    title: string,
    description: string,
    severity: 'normal' | 'high',
  ) {
    return sendNotification(this.options.notifications, this.options.logger, {
      to: ownerRef,
      title,
      description,
      severity,
      topic: 'governance-attestation',
    });
  }
}

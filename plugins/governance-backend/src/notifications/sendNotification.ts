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
import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';

/** A governance notification to users or groups (entity refs). */
export interface GovernanceNotification {
  /** One entity ref, or several. */
  to: string | string[];
  title: string;
  description: string;
  severity: 'normal' | 'high';
  topic: string;
  /** Where the notification leads in the Backstage app, e.g. /governance/report. */
  link?: string;
}

/**
 * Sends a notification, best effort: a missing notifications backend must not
 * stop a workflow; the audit log keeps what happened. Resolves false when the
 * notifications backend refused or could not be reached.
 */
export async function sendNotification(
  notifications: NotificationService | undefined,
  logger: LoggerService | undefined,
  notification: GovernanceNotification,
): Promise<boolean> {
  const to = Array.isArray(notification.to)
    ? [...new Set(notification.to)]
    : notification.to;
  if (!notifications || to.length === 0) return true;
  try {
    await notifications.send({
      recipients: { type: 'entity', entityRef: to },
      payload: {
        title: notification.title,
        description: notification.description,
        severity: notification.severity,
        topic: notification.topic,
        ...(notification.link && { link: notification.link }),
      },
    });
  } catch (error) {
    logger?.warn(`Could not notify ${to}: ${error}`);
    return false;
  }
  return true;
}

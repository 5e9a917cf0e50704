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
}

/**
 * Sends a notification, best effort: a missing notifications backend must not
 * stop a workflow; the audit log keeps what happened.
 */
export async function sendNotification(
  notifications: NotificationService | undefined,
  logger: LoggerService | undefined,
  notification: GovernanceNotification,
): Promise<void> {
  const to = Array.isArray(notification.to)
    ? [...new Set(notification.to)]
    : notification.to;
  if (!notifications || to.length === 0) return;
  try {
    await notifications.send({
      recipients: { type: 'entity', entityRef: to },
      payload: {
        title: notification.title,
        description: notification.description,
        severity: notification.severity,
        topic: notification.topic,
      },
    });
  } catch (error) {
    logger?.warn(`Could not notify ${to}: ${error}`);
  }
}

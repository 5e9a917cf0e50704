import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { AuditService } from '../audit/AuditService';

/**
 * Signs the audit chain's tip (every 15 minutes by default), on one
 * instance at a time.
 */
export async function scheduleAuditCheckpoints(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  audit: AuditService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-audit-checkpoint',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      await options.audit.checkpoint();
    },
  });
}

import { SchedulerService } from '@backstage/backend-plugin-api';
import { AuditCheckpointService } from '../audit/DefaultAuditService';

/** Signs the audit chain's tip every 15 minutes, on one instance at a time. */
export async function scheduleAuditCheckpoints(options: {
  scheduler: SchedulerService;
  checkpoints: AuditCheckpointService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-audit-checkpoint',
    scope: 'global',
    frequency: { minutes: 15 },
    timeout: { minutes: 5 },
    fn: async () => {
      await options.checkpoints.checkpoint();
    },
  });
}

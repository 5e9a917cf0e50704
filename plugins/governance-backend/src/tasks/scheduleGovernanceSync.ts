import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { PostureService } from '../posture/PostureService';

/**
 * Registers and re-evaluates every governed app in the catalog (every five
 * minutes by default), on one instance at a time: new apps get their
 * approval request without anyone opening their Governance tab.
 */
export async function scheduleGovernanceSync(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  posture: PostureService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-sync',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const count = await options.posture.syncAll();
      options.logger.debug(`Governance sync evaluated ${count} apps`);
    },
  });
}

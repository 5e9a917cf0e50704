import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { PostureService } from '../posture/PostureService';

/**
 * Registers and re-evaluates every governed app in the catalog every five
 * minutes, on one instance at a time: new apps get their approval request
 * without anyone opening their Governance tab.
 */
export async function scheduleGovernanceSync(options: {
  scheduler: SchedulerService;
  postureService: PostureService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-sync',
    scope: 'global',
    frequency: { minutes: 5 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 10 },
    fn: async () => {
      const count = await options.postureService.syncAll();
      options.logger.debug(`Governance sync evaluated ${count} apps`);
    },
  });
}

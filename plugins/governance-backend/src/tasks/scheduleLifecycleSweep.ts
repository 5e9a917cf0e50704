import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { LifecycleService } from '../lifecycle/LifecycleService';

/**
 * Runs the lifecycle sweep hourly on one backend instance at a time (global
 * scope), so several instances on one database never queue an app twice.
 */
export async function scheduleLifecycleSweep(options: {
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-lifecycle-sweep',
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      const { queued } = await options.lifecycle.sweep();
      if (queued.length > 0) {
        options.logger.info(`Queued for retirement: ${queued.join(', ')}`);
      }
    },
  });
}

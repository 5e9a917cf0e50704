import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { LifecycleService } from '../lifecycle/LifecycleService';

/**
 * Runs the lifecycle sweep (hourly by default) on one backend instance at a
 * time (global scope), so several instances on one database never queue an
 * app twice.
 */
export async function scheduleLifecycleSweep(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  lifecycle: LifecycleService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-lifecycle-sweep',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const { queued } = await options.lifecycle.sweep();
      if (queued.length > 0) {
        options.logger.info(`Queued for retirement: ${queued.join(', ')}`);
      }
    },
  });
}

import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ApprovalService } from '../approvals/ApprovalService';

/** Reminds reviewers and escalates late approvals (every 30 minutes by default). */
export async function scheduleApprovalSla(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  approvals: ApprovalService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-approval-sla',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      await options.approvals.remindAndEscalate();
    },
  });
}

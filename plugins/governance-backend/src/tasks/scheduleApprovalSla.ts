import { SchedulerService } from '@backstage/backend-plugin-api';
import { ApprovalService } from '../approvals/ApprovalService';

/** Reminds reviewers and escalates late approvals every 30 minutes. */
export async function scheduleApprovalSla(options: {
  scheduler: SchedulerService;
  approvals: ApprovalService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-approval-sla',
    scope: 'global',
    frequency: { minutes: 30 },
    timeout: { minutes: 5 },
    fn: async () => {
      await options.approvals.remindAndEscalate();
    },
  });
}

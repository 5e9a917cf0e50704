import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { AttestationService } from '../attestations/AttestationService';

/**
 * Opens attestation tasks, reminds and escalates (every six hours by
 * default) on one backend instance at a time (global scope).
 */
export async function scheduleAttestationCampaigns(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  attestations: AttestationService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-attestation-campaigns',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const opened = await options.attestations.runCampaigns();
      const { reminded, escalated } =
        await options.attestations.remindAndEscalate();
      options.logger.info(
        `Attestations: ${opened} opened, ${reminded} reminded, ${escalated} escalated`,
      );
    },
  });
}

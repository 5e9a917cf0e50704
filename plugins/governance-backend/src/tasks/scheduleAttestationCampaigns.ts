import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { AttestationService } from '../attestations/AttestationService';

/**
 * Opens attestation tasks, reminds and escalates, every few hours on one
 * backend instance at a time (global scope).
 */
export async function scheduleAttestationCampaigns(options: {
  scheduler: SchedulerService;
  attestations: AttestationService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-attestation-campaigns',
    scope: 'global',
    frequency: { hours: 6 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 30 },
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

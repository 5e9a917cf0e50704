/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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

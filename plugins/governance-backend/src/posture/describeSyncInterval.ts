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
import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Duration } from 'luxon';

/**
 * When the sync will have evaluated a new app, in words, for the message of
 * a read that comes first: "within 5 minutes".
 */
export function describeSyncInterval(
  schedule: SchedulerServiceTaskScheduleDefinition,
): string {
  const { frequency } = schedule;
  if ('cron' in frequency) return `on its schedule (${frequency.cron})`;
  if ('trigger' in frequency) return 'when the sync is next triggered';
  const duration = Duration.isDuration(frequency)
    ? frequency
    : Duration.fromObject(frequency);
  const minutes = Math.max(1, Math.ceil(duration.as('minutes')));
  return `within ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

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

/** The first weekday (Mon-Fri) of the date's month, UTC, as day of month. */
export function firstWorkingDayOfMonth(date: Date): number {
  for (let day = 1; ; day++) {
    const weekday = new Date(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day),
    ).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day;
  }
}

/** Whether the date is its month's first working day, UTC. */
export const isFirstWorkingDay = (date: Date) =>
  date.getUTCDate() === firstWorkingDayOfMonth(date);

/** Where the printable monthly report lives in the Backstage app. */
export const REPORT_LINK = '/governance/report';

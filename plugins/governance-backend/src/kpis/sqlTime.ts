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
import { Knex } from 'knex';

/**
 * SQL over timestamps on both databases. PostgreSQL keeps timestamptz;
 * SQLite keeps what knex wrote: epoch milliseconds for a Date, text for
 * CURRENT_TIMESTAMP defaults. `col` is an SQL expression (trusted: never
 * user input).
 */
export function sqlTime(db: Knex) {
  const pg = db.client.config.client === 'pg';
  const seconds = (col: string) =>
    pg
      ? `extract(epoch from ${col})`
      : `(case when typeof(${col}) = 'text' then cast(strftime('%s', ${col}) as real) else ${col} / 1000.0 end)`;
  return {
    /** Seconds since the epoch. */
    seconds,
    /** Hours from `from` to `to`. */
    hours: (from: string, to: string) =>
      `((${seconds(to)}) - (${seconds(from)})) / 3600.0`,
    /** The UTC month, YYYY-MM. */
    month: (col: string) =>
      pg
        ? `to_char(${col} at time zone 'UTC', 'YYYY-MM')`
        : `strftime('%Y-%m', ${seconds(col)}, 'unixepoch')`,
  };
}

/** YYYY-MM of a date, UTC. */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The first instant of the month `offset` months from the date's, UTC. */
export function monthStart(date: Date, offset = 0): Date {
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1),
  );
}

/** The last `count` months up to the date's, oldest first, as YYYY-MM. */
export function lastMonths(date: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    monthOf(monthStart(date, i - count + 1)),
  );
}

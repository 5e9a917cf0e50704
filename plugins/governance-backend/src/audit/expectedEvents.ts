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
/** An audit event as the completeness check reads it. */
export interface LoggedEvent {
  action: string;
  actor: string;
  occurredAt: number;
  payload: Record<string, any>;
}

/** One change a row records, and how to recognise its audit event. */
export interface ExpectedEvent {
  id: string;
  entityRef: string;
  expectedAction: string;
  /** Whether the entity's events (oldest first) hold this change's event. */
  isIn(events: LoggedEvent[]): boolean;
}

/** A table whose rows record changes, each of which must be audited. */
export interface AuditedChanges {
  table: string;
  /** The rows' query: the table, maybe joined to find the app. */
  from: string;
  join?: [string, string, string];
  /** Output name to column; `entityRef` is required. */
  columns: Record<string, string>;
  /** The output names the rows are paged by, in order. */
  key: string[];
  /** Only rows recording a change. */
  whereNotNull?: string;
  /** The actions to read; a trailing `%` matches a prefix. */
  actions: string[];
  /** Events before this are not read, for tables matched by day. */
  eventsSince?: (rows: Row[]) => Date;
  expect(row: Row): Array<Omit<ExpectedEvent, 'entityRef'>>;
}

/** A row of an audited table, as the completeness check reads it. */
export type Row = Record<string, any>;

export const ms = (value: unknown) => new Date(value as string).getTime();
export const dayOf = (value: unknown) =>
  new Date(ms(value)).toISOString().slice(0, 10);

/** An event with one of `actions` whose payload holds `fields`. */
export function event(
  id: string,
  actions: string[],
  fields: Record<string, unknown>,
): Omit<ExpectedEvent, 'entityRef'> {
  return {
    id,
    expectedAction: actions[0],
    isIn: events =>
      events.some(
        e =>
          actions.includes(e.action) &&
          Object.entries(fields).every(([k, v]) => e.payload[k] === v),
      ),
  };
}

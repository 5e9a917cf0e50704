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
import { ChainedAuditEvent } from './auditChain';
import { AuditCheckpointRecord } from './auditCheckpoint';

/**
 * The format name in the first line of an audit export.
 *
 * @public
 */
export const AUDIT_EXPORT_FORMAT = 'guardrails-audit-export/v1';

/**
 * One line of an audit export (NDJSON, `GET /api/governance/audit/export`):
 * a header with the chain's head, the signed checkpoints up to the head,
 * the events oldest first, and an end line with the counts. Checkpoints
 * come before the events so that a verifier reading line by line knows
 * every signed hash before it meets the event, and keeps nothing else.
 *
 * @public
 */
export type AuditExportLine =
  | {
      type: 'header';
      format: typeof AUDIT_EXPORT_FORMAT;
      exportedAt: string;
      /** The chain's tip when the export started; the export ends there. */
      head: { seq: number; hash: string };
    }
  | ({
      type: 'checkpoint';
      /** When the witness accepted it; absent until then. */
      witnessedAt?: string;
    } & AuditCheckpointRecord)
  | ({ type: 'event' } & ChainedAuditEvent)
  | { type: 'end'; events: number; checkpoints: number };

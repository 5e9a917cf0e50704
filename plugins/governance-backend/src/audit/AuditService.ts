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
import { AuditEvent, AuditVerification } from './AuditLogStore';

/** Which audit events to export. */
export interface AuditEventQuery {
  from?: Date;
  to?: Date;
  entityRef?: string;
  limit: number;
}

/** The chain check plus the signed checkpoints' check. */
export interface AuditLogVerification extends AuditVerification {
  checkpoints: {
    checked: number;
    valid: boolean;
    /** The first checkpoint whose signature or hash does not hold. */
    firstBroken?: { seq: number; reason: string };
  };
}

/** Reading, verifying and checkpointing the governance audit log. */
export interface AuditService {
  /** Events for export, filtered by time and app. */
  listEvents(query: AuditEventQuery): Promise<AuditEvent[]>;
  /** Signs the current tip unless it is signed already; returns its number. */
  checkpoint(): Promise<number | undefined>;
  /** Checks the hash chain and every signed checkpoint. */
  verify(): Promise<AuditLogVerification>;
}

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
  ApprovalRequest,
  EvidenceSummary,
  EvidenceVerification,
} from '@guardrails/plugin-governance-common';
import { StoredEvidence } from './EvidenceStore';

/** Signed evidence of approvals: creation, versions, listing, download, verification. */
export interface EvidenceService {
  /**
   * Signs and stores the evidence of an approved or auto-approved request
   * from the app's stored posture and provenance history: version 1 when
   * the approval is decided, a new version when provenance was recorded
   * since the newest one, nothing otherwise (and for other statuses).
   */
  signForApproval(approval: ApprovalRequest): Promise<void>;
  listForEntity(entityRef: string): Promise<EvidenceSummary[]>;
  /** One bundle; NotFoundError when there is none. */
  download(id: string): Promise<StoredEvidence>;
  verify(id: string): Promise<EvidenceVerification>;
}

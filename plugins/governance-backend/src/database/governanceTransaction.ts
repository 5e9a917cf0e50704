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
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { DatabaseAppRegistryStore } from '../appRegistry/DatabaseAppRegistryStore';
import { ApprovalStore } from '../approvals/ApprovalStore';
import { DatabaseApprovalStore } from '../approvals/DatabaseApprovalStore';
import { AttestationStore } from '../attestations/AttestationStore';
import { DatabaseAttestationStore } from '../attestations/DatabaseAttestationStore';
import { AuditLogStore } from '../audit/AuditLogStore';
import { DatabaseAuditLogStore } from '../audit/DatabaseAuditLogStore';
import { DatabaseEvidenceStore } from '../evidence/DatabaseEvidenceStore';
import { EvidenceStore } from '../evidence/EvidenceStore';
import { DatabaseExceptionStore } from '../exceptions/DatabaseExceptionStore';
import { ExceptionStore } from '../exceptions/ExceptionStore';
import { DatabaseKpiFactsStore } from '../kpis/DatabaseKpiFactsStore';
import { KpiFactsStore } from '../kpis/KpiFactsStore';
import { DatabaseProvenanceStore } from '../registration/DatabaseProvenanceStore';
import { ProvenanceStore } from '../registration/ProvenanceStore';
import { DatabaseSbomStore } from '../sbom/DatabaseSbomStore';
import { SbomStore } from '../sbom/SbomStore';

/** The stores a change writes through, all bound to one transaction. */
export interface GovernanceStores {
  appRegistry: AppRegistryStore;
  approvals: ApprovalStore;
  attestations: AttestationStore;
  auditLog: AuditLogStore;
  evidence: EvidenceStore;
  exceptions: ExceptionStore;
  kpiFacts: KpiFactsStore;
  provenance: ProvenanceStore;
  sboms: SbomStore;
}

/**
 * Runs `work` in one database transaction: a change and its audit event
 * commit together or not at all, so the log misses no accepted change
 * and a refused one (any error thrown) leaves nothing behind.
 *
 * Inside `work`, use only the stores it is given. SQLite has a single
 * connection, which the transaction holds: a query through any other store
 * waits for it forever. Read, check permissions, call the catalog and
 * notify before or after. Append audit events last: the append locks the
 * chain's head until commit, and a row locked after it could deadlock
 * with a transaction that holds the row and waits for the head.
 */
export type GovernanceTransaction = <T>(
  work: (stores: GovernanceStores) => Promise<T>,
) => Promise<T>;

/** A {@link GovernanceTransaction} on the plugin's database. */
export function governanceTransaction(db: Knex): GovernanceTransaction {
  return work =>
    db.transaction(trx =>
      work({
        appRegistry: new DatabaseAppRegistryStore(trx),
        approvals: new DatabaseApprovalStore(trx),
        attestations: new DatabaseAttestationStore(trx),
        auditLog: new DatabaseAuditLogStore(trx),
        evidence: new DatabaseEvidenceStore(trx),
        exceptions: new DatabaseExceptionStore(trx),
        kpiFacts: new DatabaseKpiFactsStore(trx),
        provenance: new DatabaseProvenanceStore(trx),
        sboms: new DatabaseSbomStore(trx),
      }),
    );
}

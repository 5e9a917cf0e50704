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
import { createPermission } from '@backstage/plugin-permission-common';

/** The catalog's resource type: owner checks run against catalog entities. */
const CATALOG_ENTITY = 'catalog-entity';

/**
 * Request an exception (waiver) for a rule on an app. Resource permission on
 * the app's catalog entity, so a policy can limit it to the app's owners.
 *
 * @public
 */
export const governanceExceptionRequestPermission = createPermission({
  name: 'governance.exception.request',
  attributes: { action: 'create' },
  resourceType: CATALOG_ENTITY,
});

/**
 * Grant or deny exception requests (admins and security reviewers).
 *
 * @public
 */
export const governanceExceptionDecidePermission = createPermission({
  name: 'governance.exception.decide',
  attributes: { action: 'update' },
});

/**
 * Decide on approval requests; the service also checks that the user holds
 * the reviewer role they decide for.
 *
 * @public
 */
export const governanceApprovalDecidePermission = createPermission({
  name: 'governance.approval.decide',
  attributes: { action: 'update' },
});

/**
 * Submit the attestation of an app (its owners). Resource permission on the
 * app's catalog entity.
 *
 * @public
 */
export const governanceAttestationSubmitPermission = createPermission({
  name: 'governance.attestation.submit',
  attributes: { action: 'update' },
  resourceType: CATALOG_ENTITY,
});

/**
 * Keep an app that was queued for retirement, with a justification (its
 * owners). Resource permission on the app's catalog entity.
 *
 * @public
 */
export const governanceLifecycleKeepPermission = createPermission({
  name: 'governance.lifecycle.keep',
  attributes: { action: 'update' },
  resourceType: CATALOG_ENTITY,
});

/**
 * Quarantine, retire or reinstate an app (admins).
 *
 * @public
 */
export const governanceLifecycleManagePermission = createPermission({
  name: 'governance.lifecycle.manage',
  attributes: { action: 'update' },
});

/**
 * Read, verify and export the audit log (admins and auditors).
 *
 * @public
 */
export const governanceAuditReadPermission = createPermission({
  name: 'governance.audit.read',
  attributes: { action: 'read' },
});

/**
 * Run a policy dry run against every governed app (platform admins).
 *
 * @public
 */
export const governancePolicyDryRunPermission = createPermission({
  name: 'governance.policy.dry-run',
  attributes: { action: 'read' },
});

/**
 * Report an app's actual cost, incidents and deploys for the KPIs (admins;
 * an app's CI reports with its app-bound token instead).
 *
 * @public
 */
export const governanceFactsReportPermission = createPermission({
  name: 'governance.facts.report',
  attributes: { action: 'create' },
});

/** Every permission of the governance plugin. @public */
export const governancePermissions = [
  governanceApprovalDecidePermission,
  governanceAttestationSubmitPermission,
  governanceExceptionRequestPermission,
  governanceExceptionDecidePermission,
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
  governanceAuditReadPermission,
  governancePolicyDryRunPermission,
  governanceFactsReportPermission,
];

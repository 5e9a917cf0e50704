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
/**
 * The Guardrails governance frontend plugin: the Governance tab and the
 * posture card of governed catalog entities.
 *
 * Legacy frontend system exports; the new frontend system uses
 * `@guardrails/plugin-governance/alpha`.
 *
 * @packageDocumentation
 */

export {
  governancePlugin,
  EntityGovernanceContent,
  EntityGovernancePostureCard,
  EntityAttestationDueCard,
  GovernanceMyAttestationsPage,
  GovernanceApprovalsPage,
  GovernanceDashboardPage,
  GovernanceProfileErrorsPage,
  GovernanceReportPage,
  GovernancePreviewFieldExtension,
} from './plugin';
export type {
  GovernancePreviewOptions,
  GovernancePreviewValue,
} from './components/GovernancePreviewField';
export {
  approvalsRouteRef,
  dashboardRouteRef,
  myAttestationsRouteRef,
  profileErrorsRouteRef,
  reportRouteRef,
} from './routes';
export { governanceApiRef } from './api/GovernanceApi';
export type {
  AppValue,
  ApprovalQueue,
  GovernanceApi,
  GovernanceKpi,
  GovernanceKpiReport,
  ProfileError,
  ProgramRoi,
} from './api/GovernanceApi';
export { GovernanceClient } from './api/GovernanceClient';
export { isGovernedEntity } from './isGovernedEntity';

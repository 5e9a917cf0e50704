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
// The client of the governance REST API, generated from the backend's
// src/schema/openapi.yaml. Its models are exported under a namespace so the
// package's own types (GovernancePosture, ApprovalRequest, ...) keep their
// names; the frontend and -node clients return the generated models as
// those types, so the type check fails when the two drift apart. The
// request shapes of its methods (GetPosture, DecideApproval, ...) are under
// GovernanceApiRequests for the same reason.
export { GovernanceApiClient } from './generated/apis';
export type { RequestOptions, TypedResponse } from './generated/apis';
export type * as GovernanceApiModels from './generated/models';
export type * as GovernanceApiRequests from './generated/apis/Api.client';

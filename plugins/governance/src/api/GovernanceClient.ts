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
import { Entity } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  Attestation,
  AttestationAnswers,
  ExceptionRequest,
  GovernanceApiClient,
  GovernanceDashboard,
  PolicyException,
  ReviewerRole,
  EvidenceVerification,
  GovernancePosture,
  GovernanceProfileInput,
  PolicyEvaluation,
  RiskAssessment,
  TypedResponse,
  parseProfileIssues,
} from '@guardrails/plugin-governance-common';
import {
  AppValue,
  ApprovalQueue,
  GovernanceApi,
  GovernanceKpiReport,
  ProfileError,
} from './GovernanceApi';

/** The parts of the catalog's unprocessed-entities answer we read. */
interface UnprocessedEntities {
  entities: Array<{
    entity_ref?: string;
    location_key?: string;
    unprocessed_entity: {
      kind: string;
      metadata: { name: string; namespace?: string };
      spec?: { owner?: string };
    };
    errors?: Array<{ message: string }>;
  }>;
}

/** Throws the backend's error as a ResponseError; otherwise the response. */
async function ok<T>(response: TypedResponse<T>): Promise<TypedResponse<T>> {
  if (!response.ok) {
    throw await ResponseError.fromResponse(response as Response);
  }
  return response;
}

/** The JSON body of a successful response. */
async function json<T>(response: TypedResponse<T>): Promise<T> {
  return (await ok(response)).json();
}

/**
 * Talks to the governance backend through discovery and the signed-in
 * user's fetch, with the client generated from the backend's OpenAPI spec.
 *
 * @public
 */
export class GovernanceClient implements GovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly api: GovernanceApiClient;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.api = new GovernanceApiClient(options);
  }

  async getPosture(entityRef: string): Promise<GovernancePosture> {
    return json(await this.api.getPosture({ query: { entityRef } }));
  }

  async evaluateProfile(
    profile: GovernanceProfileInput,
    entity?: Entity,
  ): Promise<{ risk: RiskAssessment; policy: PolicyEvaluation }> {
    return json(await this.api.evaluateProfile({ body: { profile, entity } }));
  }

  async submitAttestation(
    id: string,
    answers: AttestationAnswers,
  ): Promise<Attestation> {
    return json(
      await this.api.submitAttestation({ path: { id }, body: { answers } }),
    );
  }

  async getMyAttestations(): Promise<Attestation[]> {
    return (await json(await this.api.listMyAttestations({}))).items;
  }

  async verifyEvidence(id: string): Promise<EvidenceVerification> {
    return json(await this.api.verifyEvidence({ path: { id } }));
  }

  async downloadEvidence(id: string): Promise<Blob> {
    return (await ok(await this.api.downloadEvidence({ path: { id } }))).blob();
  }

  async getDashboard(): Promise<GovernanceDashboard> {
    return json(await this.api.getDashboard({}));
  }

  async getKpis(): Promise<GovernanceKpiReport> {
    return json(await this.api.getKpis({}));
  }

  async exportKpis(format: 'csv' | 'json', months?: number): Promise<Blob> {
    const response = await this.api.exportKpis({ query: { format, months } });
    return (await ok<unknown>(response)).blob();
  }

  async getAppValue(entityRef: string): Promise<AppValue> {
    return json(await this.api.getAppValue({ query: { entityRef } }));
  }

  async downloadCsv(what: 'registry' | 'audit'): Promise<Blob> {
    const query = { format: 'csv' as const };
    const response =
      what === 'registry'
        ? await this.api.getAppRegistry({ query })
        : await this.api.listAuditEvents({ query });
    return (await ok<unknown>(response)).blob();
  }

  async getProfileErrors(): Promise<ProfileError[]> {
    // Entities that never processed cleanly are "pending", ones that broke
    // after an earlier success are "failed"; both carry their errors. This
    // is the catalog's API, not governance's, so it has no generated client.
    const baseUrl = await this.discoveryApi.getBaseUrl('catalog');
    const lists = await Promise.all(
      ['pending', 'failed'].map(async reason => {
        const response = await this.fetchApi.fetch(
          `${baseUrl}/entities/unprocessed/${reason}`,
        );
        if (!response.ok) throw await ResponseError.fromResponse(response);
        return (await response.json()) as UnprocessedEntities;
      }),
    );
    return lists
      .flatMap(list => list.entities)
      .map(entry => {
        const { kind, metadata, spec } = entry.unprocessed_entity;
        return {
          entityRef: `${kind.toLocaleLowerCase('en-US')}:${
            metadata.namespace ?? 'default'
          }/${metadata.name}`,
          owner: spec?.owner,
          location: entry.location_key,
          issues: (entry.errors ?? []).flatMap(e =>
            parseProfileIssues(e.message),
          ),
        };
      })
      .filter(entry => entry.issues.length > 0);
  }

  async getApprovalQueue(): Promise<ApprovalQueue> {
    return json(await this.api.getApprovalQueue({}));
  }

  async decideApproval(
    id: string,
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    },
  ): Promise<ApprovalRequest> {
    return json(
      await this.api.decideApproval({ path: { id }, body: decision }),
    );
  }

  async resubmitApproval(
    id: string,
    resubmission: { comment: string },
  ): Promise<ApprovalRequest> {
    return json(
      await this.api.resubmitApproval({ path: { id }, body: resubmission }),
    );
  }

  async delegateApproval(
    id: string,
    delegation: { role: ReviewerRole; to: string },
  ): Promise<ApprovalRequest> {
    return json(
      await this.api.delegateApproval({ path: { id }, body: delegation }),
    );
  }

  async requestException(request: ExceptionRequest): Promise<PolicyException> {
    return json(await this.api.requestException({ body: request }));
  }

  async decideException(
    id: string,
    decision: { decision: 'grant' | 'deny'; comment?: string },
  ): Promise<PolicyException> {
    return json(
      await this.api.decideException({ path: { id }, body: decision }),
    );
  }

  async changeLifecycle(change: {
    entityRef: string;
    action: 'keep' | 'quarantine' | 'retire' | 'reinstate';
    justification: string;
  }): Promise<{ state: string }> {
    return json(await this.api.changeLifecycle({ body: change }));
  }
}

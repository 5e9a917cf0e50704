import { Entity } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  Attestation,
  AttestationAnswers,
  ExceptionRequest,
  GovernanceDashboard,
  PolicyException,
  ReviewerRole,
  EvidenceVerification,
  GovernancePosture,
  GovernanceProfileInput,
  PolicyEvaluation,
  RiskAssessment,
  parseProfileIssues,
} from '@guardrails/plugin-governance-common';
import { ApprovalQueue, GovernanceApi, ProfileProblem } from './GovernanceApi';

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

/**
 * Talks to the governance backend through discovery and the signed-in
 * user's fetch.
 *
 * @public
 */
export class GovernanceClient implements GovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getPosture(entityRef: string): Promise<GovernancePosture> {
    const query = new URLSearchParams({ entityRef });
    return this.request(`/posture?${query}`);
  }

  async evaluateProfile(
    profile: GovernanceProfileInput,
    entity?: Entity,
  ): Promise<{ risk: RiskAssessment; policy: PolicyEvaluation }> {
    return this.request('/profiles/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ profile, entity }),
    });
  }

  async submitAttestation(
    id: string,
    answers: AttestationAnswers,
  ): Promise<Attestation> {
    return this.request(`/attestations/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
  }

  async getMyAttestations(): Promise<Attestation[]> {
    const { items } = await this.request<{ items: Attestation[] }>(
      '/attestations/mine',
    );
    return items;
  }

  async verifyEvidence(id: string): Promise<EvidenceVerification> {
    return this.request(`/evidence/${encodeURIComponent(id)}/verify`);
  }

  downloadEvidence(id: string): Promise<Blob> {
    return this.download(`/evidence/${encodeURIComponent(id)}`);
  }

  getDashboard(): Promise<GovernanceDashboard> {
    return this.request('/dashboard');
  }

  downloadCsv(what: 'registry' | 'audit'): Promise<Blob> {
    return this.download(
      what === 'registry'
        ? '/apps/registry?format=csv'
        : '/audit/events?format=csv',
    );
  }

  private async download(path: string): Promise<Blob> {
    const baseUrl = await this.discoveryApi.getBaseUrl('governance');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  async getProfileProblems(): Promise<ProfileProblem[]> {
    // Entities that never processed cleanly are "pending", ones that broke
    // after an earlier success are "failed"; both carry their errors.
    const lists = await Promise.all(
      ['pending', 'failed'].map(reason =>
        this.request<UnprocessedEntities>(
          `/entities/unprocessed/${reason}`,
          undefined,
          'catalog',
        ),
      ),
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
      .filter(problem => problem.issues.length > 0);
  }

  getApprovalQueue(): Promise<ApprovalQueue> {
    return this.request('/approvals/queue');
  }

  decideApproval(
    id: string,
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    },
  ): Promise<ApprovalRequest> {
    return this.post(
      `/approvals/${encodeURIComponent(id)}/decisions`,
      decision,
    );
  }

  delegateApproval(
    id: string,
    delegation: { role: ReviewerRole; to: string },
  ): Promise<ApprovalRequest> {
    return this.post(
      `/approvals/${encodeURIComponent(id)}/delegations`,
      delegation,
    );
  }

  requestException(request: ExceptionRequest): Promise<PolicyException> {
    return this.post('/exceptions', request);
  }

  decideException(
    id: string,
    decision: { decision: 'grant' | 'deny'; comment?: string },
  ): Promise<PolicyException> {
    return this.post(
      `/exceptions/${encodeURIComponent(id)}/decision`,
      decision,
    );
  }

  changeLifecycle(change: {
    entityRef: string;
    action: 'keep' | 'quarantine' | 'retire' | 'reinstate';
    justification: string;
  }): Promise<{ state: string }> {
    return this.post('/apps/lifecycle', change);
  }

  private post<T>(path: string, body: object): Promise<T> {
    return this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async request<T>(
    path: string,
    init?: RequestInit,
    pluginId = 'governance',
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(pluginId);
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

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
import Grid from '@material-ui/core/Grid';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ApprovalRequest,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';
import useAsync from 'react-use/esm/useAsync';
import { governanceApiRef } from '../../api/GovernanceApi';
import { EvidenceCard } from '../EvidenceCard';
import { PolicyFindings } from '../PolicyFindings';
import { PostureSummary } from '../PostureSummary';
import { ScoreBreakdown } from '../ScoreBreakdown';
import { DecisionForm } from './DecisionForm';

/** Props of {@link ApprovalReview}. */
export interface ApprovalReviewProps {
  request: ApprovalRequest;
  /** Reviewer roles the signed-in user holds. */
  roles: ReviewerRole[];
  onDone: (updated: ApprovalRequest) => void;
}

/**
 * What a reviewer needs to decide: the app's risk summary and breakdown,
 * its policy findings, its evidence, and the decision form.
 */
export const ApprovalReview = ({
  request,
  roles,
  onDone,
}: ApprovalReviewProps) => {
  const api = useApi(governanceApiRef);
  const {
    value: posture,
    loading,
    error,
  } = useAsync(
    () => api.getPosture(request.entityRef),
    [api, request.entityRef],
  );
  if (loading) return <Progress />;
  if (error || !posture) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No posture')}
        title={`Could not load ${request.entityRef}`}
      />
    );
  }
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <PostureSummary posture={posture} />
      </Grid>
      <Grid item xs={12}>
        {posture.policy && <PolicyFindings policy={posture.policy} />}
      </Grid>
      <Grid item xs={12}>
        {posture.risk && <ScoreBreakdown risk={posture.risk} />}
      </Grid>
      <Grid item xs={12}>
        <EvidenceCard evidence={posture.evidence ?? []} />
      </Grid>
      <Grid item xs={12}>
        <DecisionForm
          request={request}
          roles={roles.filter(r => request.awaitingRoles.includes(r))}
          onDone={onDone}
        />
      </Grid>
    </Grid>
  );
};

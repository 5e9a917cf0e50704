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
import Button from '@material-ui/core/Button';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { usePosture } from '../../hooks/usePosture';
import { AppValueCard } from '../AppValueCard';
import { ApprovalCard } from '../ApprovalCard';
import { AttestationsCard } from '../AttestationsCard';
import { EvidenceCard } from '../EvidenceCard';
import { ExceptionsCard } from '../ExceptionsCard';
import { LifecycleCard } from '../LifecycleCard';
import { PolicyFindings } from '../PolicyFindings';
import { PostureSummary } from '../PostureSummary';
import { RequiredControls } from '../RequiredControls';
import { ScoreBreakdown } from '../ScoreBreakdown';
import { UndeclaredDependencies } from '../UndeclaredDependencies';

const PROFILE_DOCS =
  'Add a governance profile under spec.governance in the catalog-info.yaml of this app. See the Guardrails README for the fields.';

/**
 * The Governance tab of an entity: risk posture, score breakdown and
 * required controls.
 *
 * @public
 */
export const GovernanceContent = () => {
  const { value: posture, loading, error, retry } = usePosture();

  if (loading && !posture) {
    return <Progress />;
  }
  // The backend answers 404 for an app its sync has not evaluated yet (reads
  // serve the stored evaluation): that is a wait, not a failure.
  if (error && (error as { statusCode?: number }).statusCode === 404) {
    return (
      <EmptyState
        missing="data"
        title="Not evaluated yet"
        description={error.message}
        action={
          <Button variant="contained" color="primary" onClick={retry}>
            Check again
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load the governance posture"
      />
    );
  }
  if (!posture || !posture.governed) {
    return (
      <EmptyState
        missing="info"
        title="This entity is not governed yet"
        description={PROFILE_DOCS}
      />
    );
  }
  if (!posture.validation.valid) {
    return (
      <WarningPanel
        severity="error"
        title="The governance profile is invalid"
        message="Fix these fields in catalog-info.yaml; the risk posture is computed once the profile is valid."
        defaultExpanded
      >
        <ul aria-label="Profile errors">
          {posture.validation.issues.map(issue => (
            <li key={`${issue.field}:${issue.message}`}>
              <code>{issue.field}</code>: {issue.message}
            </li>
          ))}
        </ul>
        <Button variant="outlined" size="small" onClick={retry}>
          Check again
        </Button>
      </WarningPanel>
    );
  }
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12}>
        <PostureSummary posture={posture} />
      </Grid>
      {posture.approval && (
        <Grid item xs={12}>
          <ApprovalCard
            approval={posture.approval}
            owner={posture.owner}
            onChange={retry}
          />
        </Grid>
      )}
      {posture.policy && (
        <Grid item xs={12}>
          <PolicyFindings policy={posture.policy} />
        </Grid>
      )}
      {posture.sbom && posture.profile && (
        <Grid item xs={12}>
          <UndeclaredDependencies
            sbom={posture.sbom}
            profile={posture.profile}
            findings={posture.policy?.findings ?? []}
          />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <AttestationsCard
          entityRef={posture.entityRef}
          onChange={retry}
          attestations={posture.attestations ?? []}
          compliance={posture.compliance}
          cadenceDays={posture.risk?.attestationCadenceDays}
        />
      </Grid>
      {posture.evidence && posture.evidence.length > 0 && (
        <Grid item xs={12} md={6}>
          <EvidenceCard evidence={posture.evidence} />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <ExceptionsCard
          entityRef={posture.entityRef}
          exceptions={posture.exceptions ?? []}
          findings={posture.policy?.findings ?? []}
          onChange={retry}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <LifecycleCard posture={posture} onChange={retry} />
      </Grid>
      <Grid item xs={12} md={6}>
        <AppValueCard entityRef={posture.entityRef} />
      </Grid>
      <Grid item xs={12}>
        {posture.risk && <ScoreBreakdown risk={posture.risk} />}
      </Grid>
      <Grid item xs={12}>
        {posture.risk && (
          <RequiredControls controls={posture.risk.requiredControls} />
        )}
      </Grid>
    </Grid>
  );
};

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
import { useEffect, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Progress } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  ApprovalTier,
  PolicyEvaluation,
  RiskAssessment,
  TemplateProfileDefaults,
  buildProfileFromForm,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';
import { RiskLevelChip, TierChip } from '../TierChip';
import { GovernancePreviewValue } from './governancePreviewValidation';

/** ui:options of the GovernancePreview field. @public */
export interface GovernancePreviewOptions {
  /** Profile fields the template fixes rather than asks. */
  defaults?: TemplateProfileDefaults;
}

type Evaluation = { risk: RiskAssessment; policy: PolicyEvaluation };

/** The catalog entity the template will create, as far as policies care. */
const entityOf = (answers: Record<string, unknown>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: String(answers.name || 'new-app') },
  spec: {
    type: 'micro-app',
    lifecycle: 'experimental',
    owner: String(answers.owner ?? ''),
  },
});

// Waits for typing to pause before asking the backend.
const DEBOUNCE_MS = 300;

/**
 * Shows, live while the form is filled in, the risk tier the answers lead
 * to and any policy findings, with remediation. Blocking findings stop the
 * form (see governancePreviewValidation).
 */
export const GovernancePreviewField = (
  props: FieldExtensionComponentProps<
    GovernancePreviewValue,
    GovernancePreviewOptions
  >,
) => {
  const { formContext, onChange, uiSchema, schema, rawErrors } = props;
  const api = useApi(governanceApiRef);
  const answers = formContext?.formData ?? {};
  const defaults = uiSchema?.['ui:options']?.defaults;
  const key = JSON.stringify([answers, defaults]);
  const profile = useMemo(
    () => buildProfileFromForm(answers, defaults),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const validation = useMemo(
    () => validateGovernanceProfile(profile),
    [profile],
  );
  // Ask the backend once typing pauses, for the latest answers only.
  const [settledKey, setSettledKey] = useState(key);
  useDebounce(() => setSettledKey(key), DEBOUNCE_MS, [key]);
  const evaluation = useAsync(
    async (): Promise<Evaluation | undefined> =>
      validation.valid
        ? api.evaluateProfile(profile as any, entityOf(answers))
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settledKey],
  );
  const result = evaluation.error ? undefined : evaluation.value;

  useEffect(() => {
    onChange(
      result && validation.valid
        ? {
            tier: result.risk.tier,
            riskLevel: result.risk.level,
            score: result.risk.score,
            blocking: result.policy.findings.filter(f => f.blocking).length,
          }
        : undefined,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, validation.valid]);

  const blocking = result?.policy.findings.filter(f => f.blocking) ?? [];
  const warnings = result?.policy.findings.filter(f => !f.blocking) ?? [];
  return (
    <Box my={2} data-testid="governance-preview">
      <Typography variant="h6" gutterBottom>
        {schema.title ?? 'Risk tier and policy check'}
      </Typography>
      {!validation.valid && (
        <Alert severity="info">
          <AlertTitle>Answer these to see the risk tier</AlertTitle>
          <ul>
            {validation.issues.map(issue => (
              <li key={issue.field}>
                {issue.field.replace(/^spec\.governance\./, '')}:{' '}
                {issue.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {validation.valid && evaluation.loading && !result && <Progress />}
      {validation.valid && evaluation.error && (
        <Alert severity="error">
          Could not check the answers: {evaluation.error.message}
        </Alert>
      )}
      {validation.valid && result && (
        <>
          <Box display="flex" alignItems="center" gridGap={8} mb={1}>
            <span aria-live="polite" data-testid="governance-preview-tier">
              <TierChip
                tier={result.risk.tier as ApprovalTier}
                name={result.risk.tierName}
              />
            </span>
            <RiskLevelChip level={result.risk.level} />
            <Typography variant="body2">
              Score {result.risk.score} of 10
            </Typography>
          </Box>
          <Typography variant="body2" component="div">
            <ul>
              {result.risk.tierReasons.map(reason => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </Typography>
          {blocking.length > 0 && (
            <Alert severity="error" data-testid="governance-preview-blocking">
              <AlertTitle>Blocked by policy</AlertTitle>
              {blocking.map(f => (
                <Typography key={`${f.packId}/${f.ruleId}`} variant="body2">
                  <strong>{f.title}:</strong> {f.message} Remediation:{' '}
                  {f.remediation}
                </Typography>
              ))}
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert severity="warning">
              <AlertTitle>To do before production</AlertTitle>
              {warnings.map(f => (
                <Typography key={`${f.packId}/${f.ruleId}`} variant="body2">
                  <strong>{f.title}:</strong> {f.remediation}
                </Typography>
              ))}
            </Alert>
          )}
          {blocking.length === 0 && warnings.length === 0 && (
            <Alert severity="success">No policy findings.</Alert>
          )}
        </>
      )}
      {rawErrors && rawErrors.length > 0 && blocking.length === 0 && (
        <Typography color="error" variant="body2">
          {rawErrors.join(' ')}
        </Typography>
      )}
    </Box>
  );
};

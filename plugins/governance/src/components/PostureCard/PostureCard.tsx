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
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { usePosture } from '../../hooks/usePosture';
import {
  StandingLine,
  attestationText,
  policyText,
  retirementText,
} from '../PostureSummary';
import { RiskLevelChip, TierChip } from '../TierChip';

/**
 * A compact posture card for an entity's Overview: standing, tier and
 * score.
 *
 * @public
 */
export const PostureCard = () => {
  const { value: posture, loading, error } = usePosture();
  return (
    <InfoCard title="Governance" variant="gridItem">
      {loading && <Progress />}
      {error && (
        <ResponseErrorPanel
          error={error}
          title="Could not load the governance posture"
        />
      )}
      {posture && !posture.validation.valid && (
        <Typography color="error">
          Invalid governance profile: {posture.validation.issues.length}{' '}
          field(s) to fix.
        </Typography>
      )}
      {posture?.risk && (
        <>
          <StandingLine posture={posture} />
          <Typography variant="h6" component="div" style={{ marginTop: 8 }}>
            <TierChip tier={posture.risk.tier} name={posture.risk.tierName} />
          </Typography>
          <Typography component="div" style={{ marginTop: 8 }}>
            Risk score <strong>{posture.risk.score} / 10</strong>{' '}
            <RiskLevelChip level={posture.risk.level} />
          </Typography>
          <Typography variant="body2" style={{ marginTop: 8 }}>
            Policy: {policyText(posture)}
          </Typography>
          <Typography variant="body2">
            Attestation: {attestationText(posture)}
          </Typography>
          {posture.retirement && (
            <Typography
              variant="body2"
              color="textSecondary"
              style={{ marginTop: 8 }}
            >
              Retirement {posture.retirement.date} (
              {retirementText(posture.retirement.daysLeft)})
            </Typography>
          )}
        </>
      )}
    </InfoCard>
  );
};

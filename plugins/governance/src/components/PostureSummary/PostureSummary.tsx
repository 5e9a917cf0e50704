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
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { GovernancePosture } from '@guardrails/plugin-governance-common';
import { ReactNode } from 'react';
import { StandingChip, standingOf } from '../StandingChip';
import { RiskLevelChip, TierChip } from '../TierChip';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Grid item xs={6} sm={4} md={2}>
    <Typography variant="overline" color="textSecondary" component="div">
      {label}
    </Typography>
    <Typography variant="body1" component="div">
      {children}
    </Typography>
  </Grid>
);

/** Describes the days left until retirement in words. */
export const retirementText = (daysLeft: number) => {
  if (daysLeft === 0) return 'due today';
  if (daysLeft < 0) return `${-daysLeft} days overdue`;
  return `${daysLeft} days left`;
};

/** Whether policy lets the app through, in words. */
export const policyText = ({ policy }: GovernancePosture) => {
  if (!policy) return 'Not evaluated';
  const blocking = policy.findings.filter(f => f.blocking).length;
  const other = policy.findings.length - blocking;
  if (blocking > 0)
    return `Blocked: ${blocking} blocking finding${blocking > 1 ? 's' : ''}`;
  return other > 0
    ? `Allowed with ${other} finding${other > 1 ? 's' : ''}`
    : 'Allowed';
};

/**
 * The owner's attestation status in words. It is one input of the overall
 * standing, not the standing: an app can be up to date and still blocked.
 */
export const attestationText = ({ compliance }: GovernancePosture) =>
  compliance?.compliant === false ? 'Overdue' : 'Up to date';

/** The overall standing with its reasons, as the header shows it. */
export const StandingLine = ({ posture }: { posture: GovernancePosture }) => {
  const standing = standingOf(posture);
  return (
    <Typography component="div">
      Standing: <StandingChip standing={standing} />
      {standing.reasons.length > 0 && (
        <Typography variant="body2" component="span" style={{ marginLeft: 8 }}>
          {standing.reasons.join('; ')}
        </Typography>
      )}
    </Typography>
  );
};

/**
 * The header of the Governance tab: overall standing first, then tier,
 * score, classification, lifecycle, attestation and retirement.
 */
export const PostureSummary = ({ posture }: { posture: GovernancePosture }) => {
  const { risk, profile, lifecycle, retirement } = posture;
  if (!risk || !profile) return null;
  return (
    <InfoCard
      title="Risk posture"
      subheader={`Evaluated ${new Date(posture.evaluatedAt).toLocaleString()}`}
    >
      <StandingLine posture={posture} />
      <Grid container spacing={2} style={{ marginTop: 8 }}>
        <Field label="Approval tier">
          <TierChip tier={risk.tier} name={risk.tierName} />
        </Field>
        <Field label="Risk score">
          <span data-testid="risk-score">{risk.score} / 10</span>{' '}
          <RiskLevelChip level={risk.level} />
        </Field>
        <Field label="Data classification">{profile.dataClassification}</Field>
        <Field label="Lifecycle">{lifecycle?.state ?? 'unknown'}</Field>
        <Field label="Attestation">
          <span data-testid="attestation-summary">
            {attestationText(posture)}
          </span>
        </Field>
        <Field label="Last activity">
          {lifecycle?.lastActivityAt
            ? lifecycle.lastActivityAt.slice(0, 10)
            : 'None reported'}
        </Field>
        <Field label="Policy">{policyText(posture)}</Field>
        <Field label="Owner">{posture.owner ?? 'none'}</Field>
        <Field label="Retirement">
          {retirement
            ? `${retirement.date} (${retirementText(retirement.daysLeft)})`
            : 'No date planned'}
        </Field>
      </Grid>
      <Typography variant="body2" style={{ marginTop: 16 }}>
        Why tier {risk.tier}: {risk.tierReasons.join('; ')}.
        {risk.reviewers.length > 0
          ? ` Reviewers: ${risk.reviewers.join(', ')}.`
          : ' Approved automatically.'}{' '}
        Owner attestation every {risk.attestationCadenceDays} days.
        {lifecycle?.reason ? ` Lifecycle: ${lifecycle.reason}.` : ''}
      </Typography>
    </InfoCard>
  );
};

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
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { AppValue, governanceApiRef } from '../../api/GovernanceApi';
import { formatMoney } from '../KpiOverview';

const claimExample = (today: string) => `spec:
  governance:
    value:
      hoursSavedPerWeek: 10   # hours the app saves its users each week
      peopleServed: 5         # optional
      claimedAt: '${today}'`;

/** One labelled figure of the card. */
const Row = ({ label, value }: { label: string; value: string }) => (
  <Box display="flex" justifyContent="space-between" gridGap={16} py={0.5}>
    <Typography variant="body2" color="textSecondary">
      {label}
    </Typography>
    <Typography variant="body2" component="span">
      {value}
    </Typography>
  </Box>
);

/** How the owner adds or renews the claim. */
const ClaimPrompt = ({ value }: { value: AppValue }) => {
  const today = new Date().toISOString().slice(0, 10);
  const title =
    value.hoursSavedPerWeek === undefined
      ? 'No value claim yet: this app is not counted in the program ROI.'
      : `The value claim of ${
          value.claimedAt?.slice(0, 10) ?? 'an unknown date'
        } is stale: restate it so the app counts in the program ROI.`;
  return (
    <Alert severity="warning" data-testid="value-claim-prompt">
      <Typography variant="body2">{title}</Typography>
      <Typography variant="body2">
        The owner adds <code>value.hoursSavedPerWeek</code> and{' '}
        <code>value.claimedAt</code> (the date the claim was made) to the
        governance profile in the app&apos;s catalog-info.yaml:
      </Typography>
      <pre style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>
        {claimExample(today)}
      </pre>
    </Alert>
  );
};

/** The card's figures, once loaded. */
export const AppValueView = ({ value }: { value: AppValue }) => {
  const money = (amount: number) => formatMoney(amount, value.currency);
  const cost =
    value.monthlyCost === undefined
      ? 'not known'
      : `${money(value.monthlyCost)} per month (${
          value.monthlyCostSource === 'reported'
            ? 'reported actual'
            : 'declared estimate'
        })`;
  return (
    <>
      {value.hoursSavedPerWeek !== undefined && (
        <Row
          label="Claimed time saved"
          value={`${value.hoursSavedPerWeek} h per week${
            value.claimedAt ? ` (claimed ${value.claimedAt.slice(0, 10)})` : ''
          }`}
        />
      )}
      {value.peopleServed !== undefined && (
        <Row label="People served" value={String(value.peopleServed)} />
      )}
      <Row label="Running cost" value={cost} />
      {value.monthlyBudget !== undefined && (
        <Row
          label="Monthly budget"
          value={`${money(value.monthlyBudget)}${
            value.monthlyCost !== undefined &&
            value.monthlyCost > value.monthlyBudget
              ? ' — over budget'
              : ''
          }`}
        />
      )}
      {value.annualBenefit !== undefined && (
        <Row label="Benefit per year" value={money(value.annualBenefit)} />
      )}
      <Row label="Cost per year" value={money(value.annualCost)} />
      <Box data-testid="app-net-benefit">
        <Row
          label="Net benefit per year"
          value={
            value.netBenefit === undefined
              ? 'not known without a value claim'
              : money(value.netBenefit)
          }
        />
      </Box>
      <Typography variant="caption" color="textSecondary" component="p">
        Formula: {value.formula} (at {money(value.loadedHourlyRate)} per hour
        and {money(value.governanceCostPerApp)} governance overhead per year).
      </Typography>
      {value.stale && (
        <Box mt={1}>
          <ClaimPrompt value={value} />
        </Box>
      )}
    </>
  );
};

/**
 * "Value and cost" on the Governance tab: the hours the app claims to save,
 * what it costs, its net benefit per year and how that is computed.
 */
export const AppValueCard = ({ entityRef }: { entityRef: string }) => {
  const api = useApi(governanceApiRef);
  const { value, loading, error } = useAsync(
    async () => api.getAppValue(entityRef),
    [api, entityRef],
  );
  let body;
  if (loading) body = <Progress />;
  else if (error || !value) {
    body = (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the value and cost"
      />
    );
  } else body = <AppValueView value={value} />;
  return (
    <InfoCard
      title="Value and cost"
      subheader="What the app saves and costs, per year"
    >
      {body}
    </InfoCard>
  );
};

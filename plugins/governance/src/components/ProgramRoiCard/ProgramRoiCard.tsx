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
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { GovernanceKpiReport } from '../../api/GovernanceApi';
import { formatMoney } from '../KpiOverview';

/** Props of {@link ProgramRoiCard}. */
export interface ProgramRoiCardProps {
  roi: GovernanceKpiReport['roi'];
  settings: GovernanceKpiReport['settings'];
}

const claimText = (
  app: GovernanceKpiReport['roi']['appsMissingValueClaim'][number],
  staleDays: number,
) =>
  app.reason === 'missing'
    ? 'no value claim'
    : `claim of ${
        app.claimedAt?.slice(0, 10) ?? 'an unknown date'
      } is older than ${staleDays} days`;

/**
 * The program's return on investment: the net benefit per year with the
 * formula beside it, and the apps whose owners still have to state (or
 * restate) what their app saves.
 */
export const ProgramRoiCard = ({ roi, settings }: ProgramRoiCardProps) => {
  const money = (value: number) => formatMoney(value, settings.currency);
  const missing = roi.appsMissingValueClaim;
  return (
    <InfoCard
      title="Program ROI"
      subheader="Per year, from the apps' value claims"
    >
      <Box display="flex" flexWrap="wrap" gridGap={24} data-testid="roi">
        <Box minWidth={180}>
          {roi.deployedApps === 0 ? (
            <Typography variant="h4" component="p" data-testid="roi-net">
              No data yet
            </Typography>
          ) : (
            <>
              <Typography variant="h4" component="p" data-testid="roi-net">
                {money(roi.netBenefit)}
              </Typography>
              <Typography variant="body2" color="textSecondary">
                net benefit per year
                {roi.multiple !== undefined &&
                  ` (${(Math.round(roi.multiple * 10) / 10).toLocaleString(
                    'en-US',
                  )}× the cost)`}
              </Typography>
            </>
          )}
        </Box>
        <Box flex="1 1 280px" data-testid="roi-formula">
          <Typography variant="body2">
            <strong>Formula:</strong> {roi.formula}
          </Typography>
          <Typography variant="body2">
            {roi.deployedApps} app{roi.deployedApps === 1 ? '' : 's'} with a
            current claim, {roi.hoursSavedPerWeek.toLocaleString('en-US')} h
            saved per week at {money(settings.loadedHourlyRate)}/h: benefit{' '}
            {money(roi.annualBenefit)} − cost {money(roi.annualCost)} (
            {money(settings.governanceCostPerApp)} governance and platform
            overhead per app per year) = {money(roi.netBenefit)}.
          </Typography>
        </Box>
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h4">
          Apps without a current value claim ({missing.length})
        </Typography>
        {missing.length === 0 ? (
          <Typography variant="body2">
            Every approved app has a value claim less than{' '}
            {settings.valueClaimStaleDays} days old.
          </Typography>
        ) : (
          <>
            <Typography variant="body2" color="textSecondary">
              Not counted above. Owners: add{' '}
              <code>value.hoursSavedPerWeek</code> and{' '}
              <code>value.claimedAt</code> under <code>spec.governance</code> in
              the app&apos;s catalog-info.yaml.
            </Typography>
            <ul aria-label="Apps without a current value claim">
              {missing.map(app => (
                <li key={app.entityRef}>
                  <EntityRefLink entityRef={app.entityRef} />:{' '}
                  {claimText(app, settings.valueClaimStaleDays)}
                  {app.ownerRef && (
                    <>
                      {' '}
                      (owner <EntityRefLink entityRef={app.ownerRef} />)
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Box>
    </InfoCard>
  );
};

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
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { ApprovalTier, RiskLevel } from '@guardrails/plugin-governance-common';

const useStyles = makeStyles(theme => ({
  tier0: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  tier1: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  tier2: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  tier3: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
}));

const LEVEL_TIER: Record<RiskLevel, ApprovalTier> = {
  low: 0,
  medium: 2,
  high: 3,
};

/** Props of {@link TierChip}. @public */
export interface TierChipProps {
  tier: ApprovalTier;
  name?: string;
}

/** The approval tier as a coloured chip that always says the tier in words. @public */
export const TierChip = ({ tier, name }: TierChipProps) => {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[`tier${tier}`]}
      label={name ? `Tier ${tier} · ${name}` : `Tier ${tier}`}
      aria-label={`Approval tier ${tier}${name ? `, ${name}` : ''}`}
    />
  );
};

/** The risk level (Low, Medium, High) as a coloured chip. @public */
export const RiskLevelChip = ({ level }: { level: RiskLevel }) => {
  const classes = useStyles();
  const label = `${level[0].toUpperCase()}${level.slice(1)} risk`;
  return (
    <Chip
      size="small"
      className={classes[`tier${LEVEL_TIER[level]}`]}
      label={label}
    />
  );
};

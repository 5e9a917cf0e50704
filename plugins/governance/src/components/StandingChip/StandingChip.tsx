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
import { Standing, StandingKind } from './standingOf';

const useStyles = makeStyles(theme => ({
  good: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  attention: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  stopped: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  inactive: {},
}));

const TONE: Record<StandingKind, keyof ReturnType<typeof useStyles>> = {
  good: 'good',
  'action-needed': 'attention',
  'awaiting-approval': 'attention',
  'changes-requested': 'attention',
  blocked: 'stopped',
  quarantined: 'stopped',
  retired: 'inactive',
};

/** The overall standing as a coloured chip that always says it in words. */
export const StandingChip = ({ standing }: { standing: Standing }) => {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[TONE[standing.kind]]}
      label={standing.label}
      data-testid="standing"
    />
  );
};

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

const useStyles = makeStyles(theme => ({
  blocking: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  warn: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  quiet: {
    backgroundColor: theme.palette.grey[300],
    color: theme.palette.text.primary,
  },
}));

/** How much a finding weighs: blocks, warns, or only informs. */
export type FindingTone = keyof ReturnType<typeof useStyles>;

/** A finding's weight as a coloured chip that always says it in words. */
export const FindingChip = ({
  tone,
  label,
}: {
  tone: FindingTone;
  label: string;
}) => {
  const classes = useStyles();
  return <Chip size="small" className={classes[tone]} label={label} />;
};

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
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import {
  PolicyEvaluation,
  PolicyFinding,
} from '@guardrails/plugin-governance-common';
import { FindingChip } from '../FindingChip';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
    marginTop: theme.spacing(0.5),
  },
}));

interface Group {
  id: 'blocking' | 'warn' | 'audit';
  title: string;
  findings: PolicyFinding[];
}

/** Groups findings: blocking first, then warnings, then audit-only ones. */
export function groupFindings(findings: PolicyFinding[]): Group[] {
  const groups: Group[] = [
    {
      id: 'blocking',
      title: 'Blocking',
      findings: findings.filter(f => f.blocking),
    },
    {
      id: 'warn',
      title: 'Warnings',
      findings: findings.filter(f => !f.blocking && f.stage !== 'audit'),
    },
    {
      id: 'audit',
      title: 'Audit only',
      findings: findings.filter(f => !f.blocking && f.stage === 'audit'),
    },
  ];
  return groups.filter(g => g.findings.length > 0);
}

const FindingItem = ({
  finding,
  group,
}: {
  finding: PolicyFinding;
  group: Group['id'];
}) => {
  const classes = useStyles();
  return (
    <ListItem
      disableGutters
      alignItems="flex-start"
      data-testid={`finding-${finding.ruleId}`}
    >
      <ListItemText
        primary={finding.title}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            <Typography variant="body2" color="textPrimary">
              {finding.message}
            </Typography>
            {finding.remediation && (
              <Typography variant="body2">
                Remediation: {finding.remediation}
              </Typography>
            )}
            <Box className={classes.chips}>
              <FindingChip
                tone={group === 'audit' ? 'quiet' : group}
                label={`${finding.severity} rule · ${finding.stage} stage`}
              />
              {finding.waived && (
                <Chip
                  size="small"
                  variant="outlined"
                  label="Waived by exception"
                />
              )}
              {finding.outcome === 'error' && (
                <Chip
                  size="small"
                  variant="outlined"
                  label="Evaluation error"
                />
              )}
              <Chip
                size="small"
                variant="outlined"
                label={`${finding.packId}/${finding.ruleId}`}
              />
            </Box>
          </>
        }
      />
    </ListItem>
  );
};

/**
 * The policy findings of an app, grouped by how they are enforced, with
 * remediation, exception marks and the pack versions that produced them.
 *
 * @public
 */
export const PolicyFindings = ({ policy }: { policy: PolicyEvaluation }) => {
  const groups = groupFindings(policy.findings);
  const packs = policy.packs.map(p => `${p.id} ${p.version}`).join(', ');
  return (
    <InfoCard
      title="Policy findings"
      subheader={`${policy.allowed ? 'Allowed' : 'Blocked'} · ${
        policy.passedRules
      } rules passed · packs: ${packs}`}
    >
      {groups.length === 0 && (
        <Typography>Every applicable rule passes.</Typography>
      )}
      {groups.map(group => (
        <Box key={group.id} mb={2}>
          <Typography variant="h6" component="h3">
            {group.title} ({group.findings.length})
          </Typography>
          <List dense aria-label={`${group.title} findings`}>
            {group.findings.map(f => (
              <FindingItem
                key={`${f.packId}/${f.ruleId}`}
                finding={f}
                group={group.id}
              />
            ))}
          </List>
        </Box>
      ))}
    </InfoCard>
  );
};

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
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import {
  AppSbomFacts,
  GovernanceProfile,
  PolicyFinding,
  SbomIntegrationFact,
  isSbomFactDeclared,
  sbomDriftFindingFor,
  sbomFactRemediation,
} from '@guardrails/plugin-governance-common';
import { FindingChip, FindingTone } from '../FindingChip';

const useStyles = makeStyles({
  package: { whiteSpace: 'nowrap' },
});

/** What the package implies, in words. */
export function describeFact(fact: SbomIntegrationFact): string {
  const parts = [
    fact.target === 'http'
      ? 'outbound calls to an API'
      : `integration ${fact.target} (${fact.type})`,
  ];
  if (fact.databaseWrite) parts.push('database write driver');
  if (fact.llmClient) parts.push('LLM client');
  return `${fact.description}: ${parts.join(', ')}`;
}

/** The finding's weight in words, never colour alone. */
function severityOf(finding: PolicyFinding | undefined): {
  label: string;
  tone: FindingTone;
} {
  if (!finding) return { label: 'No rule applies', tone: 'quiet' };
  if (finding.blocking) return { label: 'Blocking (deny)', tone: 'blocking' };
  if (finding.waived) return { label: 'Waived', tone: 'quiet' };
  if (finding.stage === 'audit') return { label: 'Audit only', tone: 'quiet' };
  return { label: 'Warning', tone: 'warn' };
}

/** Props of {@link UndeclaredDependencies}. @public */
export interface UndeclaredDependenciesProps {
  sbom: AppSbomFacts;
  profile: GovernanceProfile;
  findings: PolicyFinding[];
}

/**
 * Declared versus actual: the integrations the app's latest SBOM shows that
 * its governance profile does not declare, each with the finding it raises
 * and what to do about it.
 *
 * @public
 */
export const UndeclaredDependencies = ({
  sbom,
  profile,
  findings,
}: UndeclaredDependenciesProps) => {
  const classes = useStyles();
  const undeclared = sbom.integrations.filter(
    f => !isSbomFactDeclared(f, profile),
  );
  const subheader = `From the SBOM submitted by ${
    sbom.submittedBy
  } on ${sbom.submittedAt.slice(0, 10)}: ${sbom.componentCount} components, ${
    sbom.integrations.length
  } known integrations (mapping ${sbom.mappingVersion})`;
  return (
    <InfoCard title="Found in code, not declared" subheader={subheader}>
      {undeclared.length === 0 ? (
        <Typography variant="body2">
          Every integration found in the app's code is declared in its
          governance profile.
        </Typography>
      ) : (
        <Table size="small" aria-label="Found in code, not declared">
          <TableHead>
            <TableRow>
              <TableCell>Package</TableCell>
              <TableCell>What it implies</TableCell>
              <TableCell>Finding</TableCell>
              <TableCell>Remediation</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {undeclared.map(fact => {
              const finding = sbomDriftFindingFor(fact, findings);
              const severity = severityOf(finding);
              return (
                <TableRow
                  key={`${fact.ecosystem}:${fact.package}`}
                  data-testid={`undeclared-${fact.package}`}
                >
                  <TableCell>
                    <code className={classes.package}>
                      {fact.package}
                      {fact.version ? `@${fact.version}` : ''}
                    </code>
                    <Typography variant="caption" display="block">
                      {fact.ecosystem}
                    </Typography>
                  </TableCell>
                  <TableCell>{describeFact(fact)}</TableCell>
                  <TableCell>
                    <FindingChip tone={severity.tone} label={severity.label} />
                    {finding && (
                      <Typography variant="caption" display="block">
                        {finding.title}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{sbomFactRemediation(fact)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
};

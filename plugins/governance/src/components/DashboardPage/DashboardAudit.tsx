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
import { GovernanceDashboard } from '@guardrails/plugin-governance-common';

type AuditState = GovernanceDashboard['audit'];

/** "4 minutes", "3 hours": the age of a checkpoint. */
export const formatAge = (seconds: number) => {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 36 * 3600) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86400)} days`;
};

const headline = (audit: AuditState) => {
  if (!audit.verifiedAt) {
    return 'Not verified yet: the scheduled verification runs shortly after start.';
  }
  const when = ` Last verified ${new Date(audit.verifiedAt).toLocaleString()}.`;
  if (!audit.valid) {
    return `Audit chain broken: ${
      audit.reason ?? 'see the audit verify endpoint'
    }.${when}`;
  }
  const upTo =
    audit.verifiedUpTo === undefined
      ? ''
      : `, up to event ${audit.verifiedUpTo}`;
  return `Audit chain verified: ${audit.events} events${upTo}, checkpoints intact.${when}`;
};

const severityOf = (audit: AuditState) => {
  if (!audit.verifiedAt) return 'info';
  return audit.valid ? 'success' : 'error';
};

/**
 * The audit state as the scheduled verification left it: how far the
 * chain is verified, what the witness outside the database holds, and
 * what nothing vouches for yet.
 */
export const DashboardAudit = ({ audit }: { audit: AuditState }) => (
  <>
    <Alert severity={severityOf(audit)} data-testid="audit-status">
      {headline(audit)}
    </Alert>
    {audit.verifiedAt && (
      <Box mt={1} data-testid="audit-coverage">
        <Typography variant="body2">
          {audit.newestWitnessed
            ? `Newest witnessed checkpoint: event ${
                audit.newestWitnessed.seq
              }, signed ${formatAge(audit.newestWitnessed.ageSeconds)} ago.`
            : 'No witnessed checkpoint yet.'}
          {audit.uncoveredEvents !== undefined &&
            ` Events not covered by a witnessed checkpoint: ${audit.uncoveredEvents}.`}
        </Typography>
      </Box>
    )}
    {(audit.warnings ?? []).map(warning => (
      <Alert severity="warning" key={warning} style={{ marginTop: 8 }}>
        {warning}
      </Alert>
    ))}
  </>
);

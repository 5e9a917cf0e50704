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
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Button from '@material-ui/core/Button';
import { InfoCard } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Attestation,
  governanceAttestationSubmitPermission,
} from '@guardrails/plugin-governance-common';
import { useState } from 'react';
import { AttestationForm } from '../AttestationForm';

const QUESTIONS: Array<[keyof NonNullable<Attestation['answers']>, string]> = [
  ['stillNeeded', 'still needed'],
  ['ownerCorrect', 'owner correct'],
  ['classificationAccurate', 'classification accurate'],
  ['secretsInApprovedStore', 'secrets in the approved store'],
  ['loggingInPlace', 'logging in place'],
  ['retentionRespected', 'retention respected'],
];

/** Answers as text, naming every "no". */
export function answersText(answers: Attestation['answers']): string {
  if (!answers) return '';
  const no = QUESTIONS.filter(([key]) => answers[key] === false).map(
    ([, text]) => text,
  );
  const summary =
    no.length === 0 ? 'All confirmed' : `Not confirmed: ${no.join(', ')}`;
  return answers.notes ? `${summary}. Notes: ${answers.notes}` : `${summary}.`;
}

/** Attestation history with the next due date and whether one is overdue. */
export const AttestationsCard = ({
  entityRef,
  attestations,
  compliance,
  cadenceDays,
  onChange,
}: {
  entityRef: string;
  attestations: Attestation[];
  compliance?: { compliant: boolean; reasons: string[] };
  cadenceDays?: number;
  /** Called after the owner attested, to reload the posture. */
  onChange?: () => void;
}) => {
  const open = attestations.find(a => a.status === 'open');
  const [formOpen, setFormOpen] = useState(false);
  const { allowed } = usePermission({
    permission: governanceAttestationSubmitPermission,
    resourceRef: entityRef,
  });
  return (
    <InfoCard
      title="Attestations"
      subheader={
        cadenceDays ? `Owner attests every ${cadenceDays} days` : undefined
      }
    >
      <Typography gutterBottom data-testid="attestation-status">
        {compliance?.compliant === false
          ? `Overdue: ${compliance.reasons.join('; ')}`
          : 'Up to date'}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {open
          ? `Next attestation due ${open.dueAt.slice(0, 10)}${
              open.overdue ? ' (overdue)' : ''
            }`
          : 'No attestation open.'}
      </Typography>
      {open && (
        <>
          <Button
            variant="contained"
            color="primary"
            size="small"
            disabled={!allowed}
            title={
              allowed ? undefined : 'Only the owners of the app can attest it'
            }
            onClick={() => setFormOpen(true)}
          >
            Attest now
          </Button>
          <AttestationForm
            attestation={open}
            open={formOpen}
            onClose={() => setFormOpen(false)}
            onSubmitted={() => {
              setFormOpen(false);
              onChange?.();
            }}
          />
        </>
      )}
      {attestations.length > 0 && (
        <List dense aria-label="Attestation history">
          {attestations.map(a => (
            <ListItem key={a.id} disableGutters>
              <ListItemText
                primary={
                  a.status === 'completed'
                    ? `${a.completedAt?.slice(0, 10)}: attested by ${
                        a.completedBy
                      }`
                    : `Open, due ${a.dueAt.slice(0, 10)}${
                        a.overdue ? ' (overdue)' : ''
                      }`
                }
                secondary={answersText(a.answers) || a.campaign}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
};

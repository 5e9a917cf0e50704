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
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useApi } from '@backstage/core-plugin-api';
import {
  Attestation,
  AttestationAnswers,
  attestationAnswersSchema,
} from '@guardrails/plugin-governance-common';
import { useState } from 'react';
import { governanceApiRef } from '../../api/GovernanceApi';

type Question = Exclude<keyof AttestationAnswers, 'notes'>;

const QUESTIONS: Array<[Question, string]> = [
  ['stillNeeded', 'Is the app still needed?'],
  ['ownerCorrect', 'Is the registered owner correct?'],
  ['classificationAccurate', 'Is the data classification still accurate?'],
  ['secretsInApprovedStore', 'Are all secrets in the approved secrets store?'],
  ['loggingInPlace', 'Are logging and telemetry in place?'],
  ['retentionRespected', 'Is the retention period respected?'],
];

/** Props of {@link AttestationForm}. */
export interface AttestationFormProps {
  attestation: Attestation;
  open: boolean;
  onClose: () => void;
  onSubmitted: (attestation: Attestation) => void;
}

/** The owner's attestation: six questions and notes, validated before sending. */
export const AttestationForm = ({
  attestation,
  open,
  onClose,
  onSubmitted,
}: AttestationFormProps) => {
  const api = useApi(governanceApiRef);
  const [answers, setAnswers] = useState<Partial<Record<Question, boolean>>>(
    {},
  );
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const unanswered = QUESTIONS.filter(([key]) => answers[key] === undefined);
    if (unanswered.length > 0) {
      setError(
        `Answer every question: ${unanswered.map(([, q]) => q).join(' ')}`,
      );
      return;
    }
    const parsed = attestationAnswersSchema.safeParse({ ...answers, notes });
    if (!parsed.success) {
      setError(`Notes: ${parsed.error.issues[0].message}`);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onSubmitted(await api.submitAttestation(attestation.id, parsed.data));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby="attestation-title"
      fullWidth
    >
      <DialogTitle id="attestation-title">
        Attest {attestation.entityRef}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          Due {attestation.dueAt.slice(0, 10)}. Explain every "no" in the notes.
        </Typography>
        {QUESTIONS.map(([key, question]) => (
          <div key={key}>
            <FormLabel id={`q-${key}`}>{question}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={`q-${key}`}
              value={answers[key] === undefined ? '' : String(answers[key])}
              onChange={e =>
                setAnswers(a => ({ ...a, [key]: e.target.value === 'true' }))
              }
            >
              <FormControlLabel value="true" control={<Radio />} label="Yes" />
              <FormControlLabel value="false" control={<Radio />} label="No" />
            </RadioGroup>
          </div>
        ))}
        <TextField
          id="attestation-notes"
          label="Notes"
          multiline
          minRows={3}
          fullWidth
          value={notes}
          onChange={e => setNotes(e.target.value)}
          margin="normal"
        />
        {error && (
          <Typography color="error" role="alert">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={busy}
        >
          Submit attestation
        </Button>
      </DialogActions>
    </Dialog>
  );
};

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
import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { PolicyFinding } from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';

const keyOf = (f: { packId: string; ruleId: string }) =>
  `${f.packId}/${f.ruleId}`;

/** Props of {@link ExceptionRequestDialog}. */
export interface ExceptionRequestDialogProps {
  entityRef: string;
  /** Findings an exception may waive. */
  findings: PolicyFinding[];
  open: boolean;
  onClose: () => void;
  onRequested: () => void;
}

/** An owner's request to waive one rule for a while, with the reasons. */
export const ExceptionRequestDialog = (props: ExceptionRequestDialogProps) => {
  const { entityRef, findings, open, onClose, onRequested } = props;
  const api = useApi(governanceApiRef);
  const [rule, setRule] = useState(findings[0] ? keyOf(findings[0]) : '');
  const [justification, setJustification] = useState('');
  const [controls, setControls] = useState('');
  const [days, setDays] = useState(14);
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const finding = findings.find(f => keyOf(f) === rule);
    if (!finding) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.requestException({
        entityRef,
        packId: finding.packId,
        ruleId: finding.ruleId,
        justification: justification.trim(),
        compensatingControls: controls.trim(),
        requestedDays: days,
      });
      onRequested();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="exception-request-title"
    >
      <DialogTitle id="exception-request-title">
        Request an exception
      </DialogTitle>
      <DialogContent>
        <TextField
          id="exception-rule"
          select
          label="Rule"
          value={rule}
          onChange={e => setRule(e.target.value)}
          fullWidth
          margin="normal"
        >
          {findings.map(f => (
            <MenuItem key={keyOf(f)} value={keyOf(f)}>
              {f.title}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="exception-justification"
          label="Why the rule cannot be met yet"
          helperText="At least 20 characters"
          value={justification}
          onChange={e => setJustification(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          margin="normal"
          required
        />
        <TextField
          id="exception-controls"
          label="Compensating controls"
          helperText="What reduces the risk meanwhile"
          value={controls}
          onChange={e => setControls(e.target.value)}
          fullWidth
          margin="normal"
          required
        />
        <TextField
          id="exception-days"
          label="Days"
          type="number"
          inputProps={{ min: 1 }}
          value={days}
          onChange={e => setDays(Number(e.target.value))}
          margin="normal"
        />
        {error && <Alert severity="error">{error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={
            busy ||
            !rule ||
            justification.trim().length < 20 ||
            !controls.trim()
          }
        >
          Request
        </Button>
      </DialogActions>
    </Dialog>
  );
};

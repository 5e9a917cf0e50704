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
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  ReviewerRole,
  governanceApprovalDecidePermission,
} from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';

const DECISIONS: Array<{ value: ApprovalDecisionKind; label: string }> = [
  { value: 'approve', label: 'Approve' },
  { value: 'request-changes', label: 'Request changes' },
  { value: 'reject', label: 'Reject' },
];

/** Props of {@link DecisionForm}. */
export interface DecisionFormProps {
  request: ApprovalRequest;
  /** Roles the reviewer holds that this request still waits on. */
  roles: ReviewerRole[];
  onDone: (updated: ApprovalRequest) => void;
}

/**
 * Approve, reject or request changes for one of the reviewer's roles, with a
 * comment; or delegate that role's review to a colleague. Every control is
 * disabled, with the backend's reason beside it, when the reviewer may not
 * decide this request (e.g. they own the app: separation of duties).
 */
export const DecisionForm = ({ request, roles, onDone }: DecisionFormProps) => {
  const api = useApi(governanceApiRef);
  const { allowed } = usePermission({
    permission: governanceApprovalDecidePermission,
  });
  const [role, setRole] = useState<ReviewerRole | ''>(roles[0] ?? '');
  const [decision, setDecision] = useState<ApprovalDecisionKind>('approve');
  const [comment, setComment] = useState('');
  const [delegateTo, setDelegateTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  // The queue says whether the caller may decide; the backend refuses
  // anyway, so this only spares the reviewer a refused submit.
  const notDecidable = request.decidableByCaller === false;
  const reasonId = `decision-blocked-${request.id}`;
  const locked = !allowed || notDecidable;
  const disabled = locked || busy || !role;
  const run = async (call: () => Promise<ApprovalRequest>) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await call());
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  if (roles.length === 0) {
    return (
      <Alert severity="info">
        This request waits on roles you do not hold (
        {request.awaitingRoles.join(', ')}).
      </Alert>
    );
  }
  return (
    <Box
      component="form"
      aria-label="Decision"
      onSubmit={e => e.preventDefault()}
    >
      {!allowed && (
        <Alert severity="info">You may not decide on approval requests.</Alert>
      )}
      {allowed && notDecidable && (
        <Alert severity="warning" id={reasonId}>
          {request.notDecidableReason
            ? `You may not decide this request: ${request.notDecidableReason}.`
            : 'You may not decide this request.'}
        </Alert>
      )}
      <TextField
        select
        id={`decision-role-${request.id}`}
        label="Deciding as"
        value={role}
        onChange={e => setRole(e.target.value as ReviewerRole)}
        margin="normal"
        fullWidth
        disabled={locked}
      >
        {roles.map(r => (
          <MenuItem key={r} value={r}>
            {r}
          </MenuItem>
        ))}
      </TextField>
      <FormControl component="fieldset" margin="normal" disabled={locked}>
        <FormLabel component="legend">Decision</FormLabel>
        <RadioGroup
          row
          value={decision}
          onChange={e => setDecision(e.target.value as ApprovalDecisionKind)}
        >
          {DECISIONS.map(d => (
            <FormControlLabel
              key={d.value}
              value={d.value}
              control={<Radio />}
              label={d.label}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        id={`decision-comment-${request.id}`}
        label="Comment"
        helperText="What you checked and why you decided so; it is kept in the evidence"
        value={comment}
        onChange={e => setComment(e.target.value)}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        required
        disabled={locked}
      />
      <Box display="flex" gridGap={8} flexWrap="wrap" mt={1}>
        <Button
          variant="contained"
          color="primary"
          disabled={disabled || comment.trim() === ''}
          aria-describedby={notDecidable ? reasonId : undefined}
          onClick={() =>
            role &&
            run(() =>
              api.decideApproval(request.id, {
                role,
                decision,
                comment: comment.trim(),
              }),
            )
          }
        >
          Submit decision
        </Button>
      </Box>
      <Typography variant="subtitle2" style={{ marginTop: 24 }}>
        Delegate this role's review
      </Typography>
      <Box display="flex" gridGap={8} alignItems="flex-end" flexWrap="wrap">
        <TextField
          id={`decision-delegate-${request.id}`}
          label="Delegate to"
          placeholder="user:default/pia"
          value={delegateTo}
          onChange={e => setDelegateTo(e.target.value)}
          disabled={locked}
        />
        <Button
          variant="outlined"
          disabled={disabled || delegateTo.trim() === ''}
          aria-describedby={notDecidable ? reasonId : undefined}
          onClick={() =>
            role &&
            run(() =>
              api.delegateApproval(request.id, {
                role,
                to: delegateTo.trim(),
              }),
            )
          }
        >
          Delegate
        </Button>
      </Box>
      {error && (
        <Alert severity="error" style={{ marginTop: 16 }}>
          {error.message}
        </Alert>
      )}
    </Box>
  );
};

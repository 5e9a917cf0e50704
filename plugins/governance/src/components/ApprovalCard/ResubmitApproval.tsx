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
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';

/** Props of {@link ResubmitApproval}. */
export interface ResubmitApprovalProps {
  /** The app's changes-requested approval request. */
  approval: ApprovalRequest;
  /** Called with the new pending request once the reviewers have it. */
  onResubmitted: (next: ApprovalRequest) => void;
}

/**
 * The owner's answer to "changes requested": say what changed and send the
 * request back to the reviewers, who get a new pending request.
 */
export const ResubmitApproval = ({
  approval,
  onResubmitted,
}: ResubmitApprovalProps) => {
  const api = useApi(governanceApiRef);
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.resubmitApproval(approval.id, {
        comment: comment.trim(),
      });
      setOpen(false);
      setComment('');
      onResubmitted(next);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="contained"
        color="primary"
        size="small"
        onClick={() => setOpen(true)}
      >
        Resubmit for approval
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        aria-labelledby={`resubmit-title-${approval.id}`}
      >
        <DialogTitle id={`resubmit-title-${approval.id}`}>
          Resubmit for approval
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            The reviewers ({approval.requiredRoles.join(', ')}) get a new
            request with a fresh deadline; their earlier comments stay in the
            history.
          </DialogContentText>
          <TextField
            id={`resubmit-comment-${approval.id}`}
            label="What changed"
            helperText="How you addressed the requested changes; the reviewers read it"
            value={comment}
            onChange={e => setComment(e.target.value)}
            multiline
            minRows={3}
            fullWidth
            required
            inputProps={{ maxLength: 4000 }}
          />
          {error && (
            <Alert severity="error" style={{ marginTop: 16 }}>
              {error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="contained"
            color="primary"
            disabled={busy || comment.trim() === ''}
            onClick={submit}
          >
            Resubmit
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

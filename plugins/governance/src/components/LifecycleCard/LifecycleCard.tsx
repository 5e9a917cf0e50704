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
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  GovernancePosture,
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';
import { retirementText } from '../PostureSummary';

type Action = 'keep' | 'quarantine' | 'retire' | 'reinstate';

const ACTION_LABEL: Record<Action, string> = {
  keep: 'Keep',
  quarantine: 'Quarantine',
  retire: 'Retire',
  reinstate: 'Reinstate',
};

/** Props of {@link LifecycleCard}. */
export interface LifecycleCardProps {
  posture: GovernancePosture;
  onChange: () => void;
}

/**
 * Lifecycle of the app: state, last activity, retirement countdown; owners
 * keep an app queued for retirement, admins quarantine, retire or
 * reinstate. Every action asks why.
 */
export const LifecycleCard = ({ posture, onChange }: LifecycleCardProps) => {
  const { entityRef, lifecycle, retirement } = posture;
  const api = useApi(governanceApiRef);
  const mayKeep = usePermission({
    permission: governanceLifecycleKeepPermission,
    resourceRef: entityRef,
  }).allowed;
  const mayManage = usePermission({
    permission: governanceLifecycleManagePermission,
  }).allowed;
  const [action, setAction] = useState<Action>();
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const state = lifecycle?.state ?? 'registered';

  const submit = async () => {
    if (!action) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.changeLifecycle({
        entityRef,
        action,
        justification: justification.trim(),
      });
      setAction(undefined);
      setJustification('');
      onChange();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const buttons: Array<{ action: Action; allowed: boolean; show: boolean }> = [
    { action: 'keep', allowed: mayKeep, show: state === 'retirement-pending' },
    {
      action: 'quarantine',
      allowed: mayManage,
      show: state !== 'quarantined' && state !== 'retired',
    },
    { action: 'retire', allowed: mayManage, show: state !== 'retired' },
    {
      action: 'reinstate',
      allowed: mayManage,
      show:
        state === 'quarantined' ||
        state === 'retired' ||
        state === 'retirement-pending',
    },
  ];
  return (
    <InfoCard title="Lifecycle" subheader={`State: ${state}`}>
      <Typography variant="body2">
        Last activity:{' '}
        {lifecycle?.lastActivityAt?.slice(0, 10) ?? 'none reported'}
      </Typography>
      <Typography variant="body2">
        Retirement:{' '}
        {retirement
          ? `${retirement.date} (${retirementText(retirement.daysLeft)})`
          : 'no date planned'}
      </Typography>
      {lifecycle?.reason && (
        <Typography variant="body2">Why: {lifecycle.reason}</Typography>
      )}
      <Box display="flex" gridGap={8} flexWrap="wrap" mt={2}>
        {buttons
          .filter(b => b.show)
          .map(b => (
            <Button
              key={b.action}
              size="small"
              variant="outlined"
              disabled={!b.allowed}
              onClick={() => setAction(b.action)}
            >
              {ACTION_LABEL[b.action]}
            </Button>
          ))}
      </Box>
      <Dialog
        open={!!action}
        onClose={() => setAction(undefined)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="lifecycle-title"
      >
        <DialogTitle id="lifecycle-title">
          {action && ACTION_LABEL[action]} {entityRef}
        </DialogTitle>
        <DialogContent>
          <TextField
            id="lifecycle-justification"
            label="Justification"
            helperText="Why, in at least 10 characters; it goes into the audit log"
            value={justification}
            onChange={e => setJustification(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
          />
          {error && <Alert severity="error">{error.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(undefined)}>Cancel</Button>
          <Button
            color="primary"
            variant="contained"
            disabled={busy || justification.trim().length < 10}
            onClick={submit}
          >
            Confirm
          </Button>
        </DialogActions>
      </Dialog>
    </InfoCard>
  );
};

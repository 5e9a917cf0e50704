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
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  PolicyException,
  PolicyFinding,
  governanceExceptionDecidePermission,
  governanceExceptionRequestPermission,
} from '@guardrails/plugin-governance-common';
import { governanceApiRef } from '../../api/GovernanceApi';
import { ExceptionRequestDialog } from './ExceptionRequestDialog';

const DAY_MS = 86_400_000;

/** The state of an exception in words, with the days left while active. */
export function exceptionStateText(
  exception: PolicyException,
  now = new Date(),
): string {
  if (exception.status === 'requested')
    return 'Requested, waiting for a decision';
  if (exception.status === 'denied') return `Denied by ${exception.decidedBy}`;
  if (!exception.active) return `Expired ${exception.expiresAt?.slice(0, 10)}`;
  const days = Math.ceil(
    (Date.parse(exception.expiresAt!) - now.getTime()) / DAY_MS,
  );
  return `Active, expires in ${days} day${days === 1 ? '' : 's'} (granted by ${
    exception.decidedBy
  })`;
}

/** Props of {@link ExceptionsCard}. */
export interface ExceptionsCardProps {
  entityRef: string;
  exceptions: PolicyException[];
  /** The app's findings that are not waived yet, for new requests. */
  findings: PolicyFinding[];
  onChange: () => void;
}

/**
 * Exceptions of the app: active and expired with their countdown; owners
 * request new ones, security and admins grant or deny requested ones.
 */
export const ExceptionsCard = (props: ExceptionsCardProps) => {
  const { entityRef, exceptions, findings, onChange } = props;
  const api = useApi(governanceApiRef);
  const mayRequest = usePermission({
    permission: governanceExceptionRequestPermission,
    resourceRef: entityRef,
  }).allowed;
  const mayDecide = usePermission({
    permission: governanceExceptionDecidePermission,
  }).allowed;
  const [requesting, setRequesting] = useState(false);
  const [error, setError] = useState<Error>();
  const waivable = findings.filter(f => !f.waived);

  const decide = async (id: string, decision: 'grant' | 'deny') => {
    setError(undefined);
    try {
      await api.decideException(id, { decision });
      onChange();
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <InfoCard
      title="Exceptions"
      subheader={`${exceptions.filter(e => e.active).length} active`}
    >
      {exceptions.length === 0 && (
        <Typography variant="body2">No exceptions requested.</Typography>
      )}
      <List dense aria-label="Exceptions">
        {exceptions.map(e => (
          <ListItem key={e.id} disableGutters>
            <ListItemText
              primary={`${e.packId}/${e.ruleId}: ${exceptionStateText(e)}`}
              secondary={`${e.justification} Compensating controls: ${e.compensatingControls}`}
            />
            {e.status === 'requested' && (
              <ListItemSecondaryAction>
                <Button
                  size="small"
                  color="primary"
                  disabled={!mayDecide}
                  onClick={() => decide(e.id, 'grant')}
                >
                  Grant
                </Button>
                <Button
                  size="small"
                  disabled={!mayDecide}
                  onClick={() => decide(e.id, 'deny')}
                >
                  Deny
                </Button>
              </ListItemSecondaryAction>
            )}
          </ListItem>
        ))}
      </List>
      {error && <Alert severity="error">{error.message}</Alert>}
      <Button
        variant="outlined"
        size="small"
        disabled={!mayRequest || waivable.length === 0}
        onClick={() => setRequesting(true)}
        title={waivable.length === 0 ? 'No findings to waive' : undefined}
      >
        Request exception
      </Button>
      {requesting && (
        <ExceptionRequestDialog
          open
          entityRef={entityRef}
          findings={waivable}
          onClose={() => setRequesting(false)}
          onRequested={() => {
            setRequesting(false);
            onChange();
          }}
        />
      )}
    </InfoCard>
  );
};

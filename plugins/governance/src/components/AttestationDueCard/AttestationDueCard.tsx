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
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { governanceAttestationSubmitPermission } from '@guardrails/plugin-governance-common';
import { usePosture } from '../../hooks/usePosture';
import { AttestationForm } from '../AttestationForm';

/**
 * For an entity's Overview: whether an owner attestation is due, by when,
 * and "Attest now" for those who may attest.
 *
 * @public
 */
export const AttestationDueCard = () => {
  const { value: posture, loading, error, retry } = usePosture();
  const entityRef = posture?.entityRef ?? '';
  const { allowed } = usePermission({
    permission: governanceAttestationSubmitPermission,
    resourceRef: entityRef || undefined,
  });
  const [attesting, setAttesting] = useState(false);
  const open = posture?.attestations?.find(a => a.status === 'open');
  return (
    <InfoCard title="Attestation" variant="gridItem">
      {loading && !posture && <Progress />}
      {error && (
        <ResponseErrorPanel
          error={error}
          title="Could not load the attestations"
        />
      )}
      {posture && !open && (
        <Typography variant="body2">
          Nothing due.{' '}
          {posture.risk
            ? `Owners attest every ${posture.risk.attestationCadenceDays} days.`
            : ''}
        </Typography>
      )}
      {open && (
        <>
          <Typography
            variant="body1"
            color={open.overdue ? 'error' : 'textPrimary'}
          >
            {open.overdue ? 'Overdue since' : 'Due by'}{' '}
            {open.dueAt.slice(0, 10)}
          </Typography>
          <Button
            variant="contained"
            color="primary"
            size="small"
            style={{ marginTop: 8 }}
            disabled={!allowed}
            onClick={() => setAttesting(true)}
          >
            Attest now
          </Button>
          {attesting && (
            <AttestationForm
              open
              attestation={open}
              onClose={() => setAttesting(false)}
              onSubmitted={() => {
                setAttesting(false);
                retry();
              }}
            />
          )}
        </>
      )}
    </InfoCard>
  );
};

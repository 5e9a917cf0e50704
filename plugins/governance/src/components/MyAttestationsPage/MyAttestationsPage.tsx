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
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Attestation } from '@guardrails/plugin-governance-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { governanceApiRef } from '../../api/GovernanceApi';
import { AttestationForm } from '../AttestationForm';

/**
 * The signed-in user's open attestations across the apps they own, overdue
 * first, each with the attestation form.
 *
 * @public
 */
export const MyAttestationsContent = () => {
  const api = useApi(governanceApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getMyAttestations(),
    [api],
  );
  const [attesting, setAttesting] = useState<Attestation>();

  if (loading && !value) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load your attestations"
      />
    );
  }
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="Nothing to attest"
        description="Attestations of the apps you own appear here when they open, on each app's cadence."
      />
    );
  }
  const rows = [...value].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt),
  );
  const columns: TableColumn<Attestation>[] = [
    { title: 'App', field: 'entityRef', highlight: true },
    {
      title: 'Due',
      field: 'dueAt',
      render: a => `${a.dueAt.slice(0, 10)}${a.overdue ? ' (overdue)' : ''}`,
    },
    { title: 'Owner', field: 'ownerRef' },
    {
      title: '',
      render: a => (
        <Button variant="outlined" size="small" onClick={() => setAttesting(a)}>
          Attest now
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<Attestation>
        title={`Open attestations (${rows.length})`}
        options={{ paging: rows.length > 20, pageSize: 20, search: false }}
        columns={columns}
        data={rows}
      />
      {attesting && (
        <AttestationForm
          attestation={attesting}
          open
          onClose={() => setAttesting(undefined)}
          onSubmitted={() => {
            setAttesting(undefined);
            retry();
          }}
        />
      )}
    </>
  );
};

/** Page wrapper of {@link MyAttestationsContent}. @public */
export const MyAttestationsPage = () => (
  <Page themeId="tool">
    <Header
      title="My attestations"
      subtitle="Confirm the apps you own are still needed and in order"
    />
    <Content>
      <MyAttestationsContent />
    </Content>
  </Page>
);

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
import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { governanceApiRef } from '../../api/GovernanceApi';

interface Row {
  id: string;
  entityRef: string;
  owner: string;
  location: string;
  field: string;
  message: string;
}

const columns: TableColumn<Row>[] = [
  { title: 'App', field: 'entityRef', highlight: true },
  { title: 'Owner', field: 'owner' },
  {
    title: 'Field',
    field: 'field',
    render: row => <code>{row.field}</code>,
  },
  { title: 'Error', field: 'message' },
  { title: 'Source', field: 'location' },
];

/**
 * Content of the profile errors page: every entity the catalog would not
 * ingest because of its governance profile, one row per bad field.
 *
 * @public
 */
export const ProfileErrorsContent = () => {
  const api = useApi(governanceApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getProfileErrors(),
    [api],
  );

  if (loading && !value) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load the catalog's processing errors"
      />
    );
  }
  const rows: Row[] = (value ?? []).flatMap(app =>
    app.issues.map((issue, index) => ({
      id: `${app.entityRef}#${index}`,
      entityRef: app.entityRef,
      owner: app.owner ?? '',
      location: app.location ?? '',
      field: issue.field,
      message: issue.message,
    })),
  );
  if (rows.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="Every governance profile is valid"
        description="Apps whose spec.governance block fails validation appear here until their catalog-info.yaml is fixed."
      />
    );
  }
  return (
    <Table<Row>
      title={`Profile errors (${rows.length})`}
      options={{ paging: rows.length > 20, pageSize: 20, search: true }}
      columns={columns}
      data={rows}
      actions={[
        {
          icon: () => <Typography variant="button">Refresh</Typography>,
          tooltip: 'Check again',
          isFreeAction: true,
          onClick: () => retry(),
        },
      ]}
    />
  );
};

/**
 * A page listing governance profile errors, for builders and the platform
 * team.
 *
 * @public
 */
export const ProfileErrorsPage = () => (
  <Page themeId="tool">
    <Header
      title="Governance profile errors"
      subtitle="Apps the catalog cannot ingest until their governance profile is fixed"
    />
    <Content>
      <ContentHeader title="" />
      <ProfileErrorsContent />
    </Content>
  </Page>
);

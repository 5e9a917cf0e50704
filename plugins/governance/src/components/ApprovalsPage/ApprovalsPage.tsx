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
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  EmptyState,
  Header,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ApprovalRequest,
  ApprovalTier,
} from '@guardrails/plugin-governance-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { governanceApiRef } from '../../api/GovernanceApi';
import { ApprovalReview } from '../ApprovalReview';
import { TierChip } from '../TierChip';

const governanceTabOf = (entityRef: string) => {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/governance`;
};

/** How long until the SLA runs out, or how long ago it did. */
export const slaText = (dueAt: string | undefined, now = Date.now()) => {
  if (!dueAt) return 'No SLA';
  const hours = Math.round((Date.parse(dueAt) - now) / 3_600_000);
  if (hours < 0) return `Overdue by ${-hours} h`;
  return hours < 48
    ? `Due in ${hours} h`
    : `Due in ${Math.round(hours / 24)} days`;
};

/**
 * The reviewer's queue: approval requests waiting on roles the signed-in
 * user holds, soonest SLA first; each opens a review with the decision form.
 * Requests the reviewer may not decide (separation of duties) are listed
 * with the reason, and their review opens with the decision disabled.
 */
export const ApprovalsContent = () => {
  const api = useApi(governanceApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getApprovalQueue(),
    [api],
  );
  const [reviewing, setReviewing] = useState<ApprovalRequest>();
  const [done, setDone] = useState<ApprovalRequest>();

  if (loading && !value) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the approval queue"
      />
    );
  }
  const columns: TableColumn<ApprovalRequest>[] = [
    {
      title: 'App',
      field: 'entityRef',
      highlight: true,
      render: r => <Link to={governanceTabOf(r.entityRef)}>{r.entityRef}</Link>,
    },
    {
      title: 'Tier',
      field: 'tier',
      render: r => <TierChip tier={r.tier as ApprovalTier} />,
    },
    {
      title: 'Waiting on',
      field: 'awaitingRoles',
      sorting: false,
      render: r => r.awaitingRoles.join(', '),
    },
    {
      title: 'Requested',
      field: 'createdAt',
      render: r => r.createdAt.slice(0, 10),
    },
    {
      title: 'SLA',
      field: 'dueAt',
      defaultSort: 'asc',
      render: r => slaText(r.dueAt),
    },
    {
      title: '',
      sorting: false,
      render: r => (
        <>
          <Button
            variant="outlined"
            size="small"
            onClick={() => setReviewing(r)}
            aria-label={`Review ${r.entityRef}`}
          >
            Review
          </Button>
          {r.decidableByCaller === false && (
            // Short in the row; the review states the full reason.
            <Typography
              variant="caption"
              color="textSecondary"
              display="block"
              title={r.notDecidableReason}
              data-testid={`not-decidable-${r.id}`}
            >
              You may not decide
            </Typography>
          )}
        </>
      ),
    },
  ];
  return (
    <>
      {done && (
        <Alert severity="success" onClose={() => setDone(undefined)}>
          Recorded for {done.entityRef}: the request is now {done.status}.
        </Alert>
      )}
      {value.items.length === 0 ? (
        <EmptyState
          missing="data"
          title="Nothing to review"
          description={
            value.roles.length > 0
              ? `No requests wait on your roles (${value.roles.join(', ')}).`
              : 'You hold no reviewer role; requests for your roles would appear here.'
          }
        />
      ) : (
        <Table
          title={`Waiting on you (${value.items.length})`}
          options={{ paging: value.items.length > 20, search: true }}
          columns={columns}
          data={value.items}
        />
      )}
      <Dialog
        open={!!reviewing}
        onClose={() => setReviewing(undefined)}
        maxWidth="lg"
        fullWidth
        aria-labelledby="approval-review-title"
      >
        <DialogTitle id="approval-review-title">
          Review {reviewing?.entityRef}
        </DialogTitle>
        <DialogContent>
          {reviewing && (
            <ApprovalReview
              request={reviewing}
              roles={value.roles}
              onDone={updated => {
                setReviewing(undefined);
                setDone(updated);
                retry();
              }}
            />
          )}
        </DialogContent>
      </Dialog>
    </>
  );
};

/** The approvals queue as a page. @public */
export const ApprovalsPage = () => (
  <Page themeId="tool">
    <Header
      title="Approvals"
      subtitle="Requests waiting on the reviewer roles you hold"
    />
    <Content>
      <ApprovalsContent />
    </Content>
  </Page>
);

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
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import {
  ApprovalDecision,
  ApprovalRequest,
} from '@guardrails/plugin-governance-common';
import { useIsOwner } from '../../hooks/useIsOwner';
import { ResubmitApproval } from './ResubmitApproval';

const STATUS_TEXT: Record<ApprovalRequest['status'], string> = {
  pending: 'Pending review',
  approved: 'Approved',
  'auto-approved': 'Approved automatically',
  rejected: 'Rejected',
  'changes-requested': 'Changes requested',
  superseded: 'Superseded',
};

const columns: TableColumn<ApprovalDecision>[] = [
  { title: 'Role', field: 'role' },
  { title: 'Decision', field: 'decision' },
  { title: 'By', field: 'decidedBy' },
  {
    title: 'When',
    field: 'decidedAt',
    render: d => new Date(d.decidedAt).toLocaleString(),
  },
  { title: 'Comment', field: 'comment' },
];

/** Props of {@link ApprovalCard}. */
export interface ApprovalCardProps {
  approval: ApprovalRequest;
  /** The app's `spec.owner`: its owners may resubmit after changes requested. */
  owner?: string;
  /** Called after the owner resubmitted, to reload the posture. */
  onChange?: () => void;
}

/**
 * The app's approval request: status, required roles, decisions, SLA; when
 * the reviewers asked for changes, its owners resubmit it from here.
 */
export const ApprovalCard = ({
  approval,
  owner,
  onChange,
}: ApprovalCardProps) => {
  const isOwner = useIsOwner(approval.entityRef, owner);
  return (
    <InfoCard
      title="Approval"
      subheader={`Tier ${approval.tier} · requested ${new Date(
        approval.createdAt,
      ).toLocaleString()}`}
    >
      <Typography component="div" gutterBottom>
        <Chip
          size="small"
          label={STATUS_TEXT[approval.status]}
          data-testid="approval-status"
        />{' '}
        {approval.requiredRoles.length > 0 && (
          <>Required roles: {approval.requiredRoles.join(', ')}.</>
        )}{' '}
        {approval.awaitingRoles.length > 0 && (
          <>Waiting on: {approval.awaitingRoles.join(', ')}.</>
        )}{' '}
        {Object.entries(approval.delegates ?? {}).map(([role, to]) => (
          <span key={role}>{`The ${role} review delegated to ${to}. `}</span>
        ))}
        {approval.dueAt && approval.status === 'pending' && (
          <>Review due {new Date(approval.dueAt).toLocaleString()}.</>
        )}
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {approval.reason}
      </Typography>
      {approval.status === 'superseded' && approval.supersededBy && (
        <Typography variant="body2" gutterBottom>
          Replaced by request {approval.supersededBy}; decisions on this one no
          longer count.
        </Typography>
      )}
      {approval.status === 'changes-requested' && (
        <Box my={1}>
          {isOwner && (
            <ResubmitApproval
              approval={approval}
              onResubmitted={() => onChange?.()}
            />
          )}
          {isOwner === false && (
            <Typography variant="body2">
              The reviewers asked for changes; the app's owners resubmit it once
              they are made.
            </Typography>
          )}
        </Box>
      )}
      {approval.decisions.length > 0 && (
        <Table<ApprovalDecision>
          title="Decisions"
          options={{
            paging: false,
            search: false,
            toolbar: false,
            padding: 'dense',
          }}
          columns={columns}
          data={approval.decisions}
        />
      )}
    </InfoCard>
  );
};

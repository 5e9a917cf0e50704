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
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { InfoCard } from '@backstage/core-components';
import { RiskAssessment } from '@guardrails/plugin-governance-common';
import { Fragment } from 'react';

/** The score of each risk dimension, with the field behind each point and why. */
export const ScoreBreakdown = ({ risk }: { risk: RiskAssessment }) => (
  <InfoCard title="Score breakdown" subheader={`Total ${risk.score} of 10`}>
    <Table size="small" aria-label="Risk score breakdown">
      <TableHead>
        <TableRow>
          <TableCell>Dimension</TableCell>
          <TableCell>Field</TableCell>
          <TableCell>Value</TableCell>
          <TableCell align="right">Points</TableCell>
          <TableCell>Why</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {risk.dimensions.map(dimension => (
          <Fragment key={dimension.dimension}>
            {dimension.contributions.map((c, index) => (
              <TableRow key={c.field}>
                {index === 0 && (
                  <TableCell rowSpan={dimension.contributions.length}>
                    <strong>{dimension.label}</strong>
                    <br />
                    {dimension.points} of {dimension.maxPoints}
                  </TableCell>
                )}
                <TableCell>
                  <code>{c.field}</code>
                </TableCell>
                <TableCell>{c.value}</TableCell>
                <TableCell align="right">+{c.points}</TableCell>
                <TableCell>{c.reason}</TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  </InfoCard>
);

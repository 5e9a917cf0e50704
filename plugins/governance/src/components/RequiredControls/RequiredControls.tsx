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
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { InfoCard } from '@backstage/core-components';
import { RequiredControl } from '@guardrails/plugin-governance-common';

/** The controls the app's tier and profile require, each with its reason. */
export const RequiredControls = ({
  controls,
}: {
  controls: RequiredControl[];
}) => (
  <InfoCard title="Required controls" subheader={`${controls.length} controls`}>
    <List dense aria-label="Required controls">
      {controls.map(control => (
        <ListItem key={control.id} disableGutters>
          <ListItemText primary={control.title} secondary={control.reason} />
        </ListItem>
      ))}
    </List>
  </InfoCard>
);

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
import Typography from '@material-ui/core/Typography';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EvidenceSummary,
  EvidenceVerification,
} from '@guardrails/plugin-governance-common';
import { useState } from 'react';
import { governanceApiRef } from '../../api/GovernanceApi';
import { saveBlob } from '../saveBlob';

const verificationText = (v?: EvidenceVerification | Error) => {
  if (!v) return 'Not checked yet';
  if (v instanceof Error) return `Could not check: ${v.message}`;
  return v.valid
    ? `Signature valid (key ${v.keyId})`
    : `Signature INVALID: ${v.reason}`;
};

/** Signed evidence bundles of the app: verify and download. */
export const EvidenceCard = ({ evidence }: { evidence: EvidenceSummary[] }) => {
  const api = useApi(governanceApiRef);
  const [checks, setChecks] = useState<
    Record<string, EvidenceVerification | Error>
  >({});

  const verify = async (id: string) => {
    try {
      const result = await api.verifyEvidence(id);
      setChecks(c => ({ ...c, [id]: result }));
    } catch (error) {
      setChecks(c => ({ ...c, [id]: error as Error }));
    }
  };
  const download = async (id: string) => {
    saveBlob(await api.downloadEvidence(id), `evidence-${id}.sigstore.json`);
  };

  return (
    <InfoCard
      title="Evidence"
      subheader="Signed in-toto statements: one per approval, a new version when provenance is added"
    >
      {evidence.length === 0 && (
        <Typography variant="body2">
          No signed evidence yet: it is created when the app is approved.
        </Typography>
      )}
      <List dense aria-label="Evidence bundles">
        {evidence.map(e => (
          <ListItem key={e.id} disableGutters>
            <ListItemText
              primary={`Approval evidence, version ${e.version}, ${new Date(
                e.createdAt,
              ).toLocaleString()}`}
              secondary={verificationText(checks[e.id])}
            />
            <Button size="small" onClick={() => verify(e.id)}>
              Verify
            </Button>
            <Button size="small" onClick={() => download(e.id)}>
              Download
            </Button>
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
};

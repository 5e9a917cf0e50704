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
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createBundleVerifier } from '@guardrails/plugin-governance-node/audit';
import { readWitness } from './audit/readWitness';
import {
  AuditExportVerification,
  verifyAuditExport,
} from './audit/verifyAuditExport';
import {
  EvidenceVerification,
  verifyEvidence,
} from './evidence/verifyEvidence';
import { readKeys } from './keys/readKeys';
import { UsageError } from './UsageError';

const USAGE = `Usage: governance-verify [options] [command]

Verifies Guardrails audit exports and evidence bundles offline, with the
published keys only.

Options:
  --keys <keys.json>       GET /api/governance/keys, saved
  --witness <dir|git url>  verify-audit: the audit witness, a directory or a
                           git repository (url#branch, default branch main)
  --json                   print the full report as JSON
  -h, --help               display help for command

Commands:
  verify-audit <export.ndjson> --keys <keys.json> [--witness <dir|git url>]
                           GET /api/governance/audit/export, saved
  verify-evidence <bundle.json> --keys <keys.json>
                           GET /api/governance/evidence/{id}, saved

Exit code 0: valid; 1: invalid (the reason names the first bad event);
2: a usage error, or the check could not run.`;

/** Where the command writes. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const console_: Output = {
  out: text => process.stdout.write(`${text}\n`),
  err: text => process.stderr.write(`${text}\n`),
};

/** Where a problem is: the event it concerns, when there is one. */
const at = (p: { seq: number }) => (p.seq > 0 ? ` at event ${p.seq}` : '');

function describeAudit(r: AuditExportVerification): string[] {
  const lines = [
    r.valid
      ? 'OK: the audit export verifies'
      : `INVALID${at(r.problems[0])}: ${r.problems[0].reason}`,
    ...r.problems.slice(1, 5).map(p => `  also${at(p)}: ${p.reason}`),
    `  events: ${r.events} chained${
      r.head ? `; the header's head is event ${r.head.seq}` : ''
    }; verified up to event ${r.verifiedUpTo}`,
    `  checkpoints: ${r.checkpoints.checked} signed${
      r.checkpoints.keyIds.length
        ? ` (keys ${r.checkpoints.keyIds.join(', ')})`
        : ''
    }${
      r.checkpoints.newest
        ? `, the newest of event ${r.checkpoints.newest}`
        : ''
    }`,
  ];
  if (r.witness) {
    lines.push(
      `  witness: ${r.witness.kind} ${r.witness.location}, ${
        r.witness.checked
      } checkpoints${
        r.witness.newest ? `, the newest of event ${r.witness.newest}` : ''
      }`,
    );
  }
  lines.push(
    `  uncovered: ${r.uncoveredEvents} events after the newest ${
      r.witness ? 'witnessed ' : ''
    }checkpoint`,
    ...r.warnings.map(w => `warning: ${w}`),
  );
  return lines;
}

function describeEvidence(r: EvidenceVerification): string[] {
  if (!r.valid) {
    return [
      `INVALID: ${r.reason}${
        r.keyId ? ` (the bundle names key ${r.keyId})` : ''
      }`,
    ];
  }
  const subjects = r.statement!.subject.map(
    s =>
      `${s.name} ${Object.entries(s.digest ?? {})
        .map(([alg, value]) => `${alg}:${value}`)
        .join(' ')}`,
  );
  return [
    'OK: the evidence bundle verifies',
    `  signed by key ${r.keyId}${r.keyStatus ? ` (${r.keyStatus})` : ''}`,
    `  predicate type: ${r.statement!.predicateType}`,
    ...subjects.map(s => `  subject: ${s}`),
  ];
}

async function run(argv: string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        keys: { type: 'string' },
        witness: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  if (command !== 'verify-audit' && command !== 'verify-evidence') {
    throw new UsageError(
      command ? `Unknown command "${command}"` : 'No command given',
    );
  }
  if (!file) throw new UsageError(`${command} needs the file to verify`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}"`);
  if (!values.keys) throw new UsageError(`${command} needs --keys <keys.json>`);
  if (command === 'verify-evidence' && values.witness) {
    throw new UsageError('--witness is for verify-audit only');
  }
  const keys = await readKeys(values.keys);
  const byId = new Map(keys.map(k => [k.keyId, k]));
  const verify = createBundleVerifier(id => byId.get(id)?.publicKey);

  if (command === 'verify-evidence') {
    const result = await verifyEvidence({
      file,
      verify,
      keyStatus: id => byId.get(id)?.status,
    });
    output.out(
      values.json
        ? JSON.stringify(result, null, 2)
        : describeEvidence(result).join('\n'),
    );
    return result.valid ? 0 : 1;
  }
  await fs.access(file).catch(error => {
    throw new UsageError(`Cannot read the export ${file}: ${error}`);
  });
  const witness = values.witness
    ? await readWitness(values.witness)
    : undefined;
  const result = await verifyAuditExport({ file, verify, witness });
  output.out(
    values.json
      ? JSON.stringify(result, null, 2)
      : describeAudit(result).join('\n'),
  );
  return result.valid ? 0 : 1;
}

/**
 * Runs the command line `argv` (without node and the script) and resolves
 * to the exit code: 0 valid, 1 invalid, 2 a usage error.
 */
export async function main(
  argv: string[],
  output: Output = console_,
): Promise<number> {
  try {
    return await run(argv, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`governance-verify: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

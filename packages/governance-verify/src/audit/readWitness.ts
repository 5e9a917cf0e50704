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
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  AuditCheckpointRecord,
  auditWitnessFiles,
} from '@guardrails/plugin-governance-node/audit';
import { UsageError } from '../UsageError';

const run = promisify(execFile);

/** The checkpoints a witness holds, oldest first. */
export interface WitnessContents {
  kind: 'directory' | 'git';
  location: string;
  checkpoints: AuditCheckpointRecord[];
  /** Files that are not a checkpoint's JSON: the witness was tampered with. */
  unreadable: Array<{ file: string; reason: string }>;
}

const URL_LIKE = /^(https?|ssh|git|file):\/\/|^[\w.-]+@[\w.-]+:/;

async function isDirectory(p: string) {
  return fs.stat(p).then(
    s => s.isDirectory(),
    () => false,
  );
}

/** A git repository: a URL, or a directory that is a clone or a bare one. */
async function isGitRepository(location: string) {
  if (URL_LIKE.test(location)) return true;
  if (await isDirectory(path.join(location, '.git'))) return true;
  const bare = await Promise.all([
    fs.stat(path.join(location, 'HEAD')).then(
      () => true,
      () => false,
    ),
    isDirectory(path.join(location, 'objects')),
  ]);
  return bare.every(Boolean);
}

async function readDirectory(directory: string) {
  const names = (await fs.readdir(directory))
    .filter(auditWitnessFiles.isCheckpointFile)
    .sort();
  const checkpoints: AuditCheckpointRecord[] = [];
  const unreadable: WitnessContents['unreadable'] = [];
  for (const name of names) {
    const file = path.join(directory, name);
    try {
      checkpoints.push(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch (error) {
      unreadable.push({ file: name, reason: String(error) });
    }
  }
  return { checkpoints, unreadable };
}

/**
 * Reads a witness: a directory of checkpoint files (as the backend's
 * directory witness writes them), or a git repository (`url` or
 * `url#branch`, default branch main) cloned with the git command line into
 * a temporary directory, whose branch tip's `checkpoints/` is read.
 */
export async function readWitness(location: string): Promise<WitnessContents> {
  const [where, branch = 'main'] = location.split('#');
  if (!(await isGitRepository(where))) {
    if (!(await isDirectory(where))) {
      throw new UsageError(
        `The witness ${location} is neither a directory nor a git repository`,
      );
    }
    return {
      kind: 'directory',
      location: path.resolve(where),
      ...(await readDirectory(where)),
    };
  }
  const clone = await fs.mkdtemp(
    path.join(os.tmpdir(), 'governance-verify-witness-'),
  );
  try {
    try {
      await run('git', [
        'clone',
        '--quiet',
        '--depth',
        '1',
        '--branch',
        branch,
        '--',
        // A local path: --depth needs a file:// URL.
        URL_LIKE.test(where) ? where : `file://${path.resolve(where)}`,
        clone,
      ]);
    } catch (error) {
      throw new UsageError(
        `Cannot clone the witness ${where} (branch ${branch}): ${
          (error as { stderr?: string }).stderr?.trim() || error
        }`,
      );
    }
    const directory = path.join(clone, auditWitnessFiles.gitDirectory);
    const contents = (await isDirectory(directory))
      ? await readDirectory(directory)
      : { checkpoints: [], unreadable: [] };
    return { kind: 'git', location: `${where}#${branch}`, ...contents };
  } finally {
    await fs.rm(clone, { recursive: true, force: true });
  }
}

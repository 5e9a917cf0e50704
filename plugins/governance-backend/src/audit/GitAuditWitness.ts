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
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { auditWitnessFiles } from '@guardrails/plugin-governance-node/audit';
import { AuditWitness, WitnessedCheckpoint } from './AuditWitness';

const run = promisify(execFile);
const DIR = auditWitnessFiles.gitDirectory;

/** Runs git with `input` on stdin and returns stdout as bytes. */
function gitWithInput(cwd: string, args: string[], input: string) {
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', args, { cwd });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', chunk => out.push(chunk));
    child.stderr.on('data', chunk => (err += chunk));
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`git ${args.join(' ')}: ${err}`)),
    );
    child.stdin.end(input);
  });
}

/** Splits `git cat-file --batch` output into the blobs' contents. */
function parseBatch(output: Buffer): string[] {
  const blobs: string[] = [];
  let at = 0;
  while (at < output.length) {
    const eol = output.indexOf(0x0a, at);
    const header = output.subarray(at, eol).toString();
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`git cat-file: ${header}`);
    blobs.push(output.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/**
 * Checkpoints as commits to a git repository (any remote git accepts a push
 * to: the local git server in development, a protected branch of the
 * organisation's git host in production). Each checkpoint is one commit
 * adding checkpoints/<seq>.json; pushes never force, so the witness only
 * grows. Uses the git command line on a private clone.
 */
export class GitAuditWitness implements AuditWitness {
  readonly kind = 'git' as const;
  readonly location: string;
  private readonly workDir: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      url: string;
      branch?: string;
      workDir?: string;
    },
  ) {
    this.location = `${options.url}#${this.branch}`;
    this.workDir =
      options.workDir ??
      path.join(os.tmpdir(), `guardrails-witness-${process.pid}-${Date.now()}`);
  }

  private get branch() {
    return this.options.branch ?? 'main';
  }

  private git(...args: string[]) {
    return run('git', args, { cwd: this.workDir, maxBuffer: 64 * 1024 * 1024 });
  }

  /** One operation at a time on the private clone. */
  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Fetches the branch; false when the witness has no commit yet. */
  private async fetch(): Promise<boolean> {
    await fs.mkdir(this.workDir, { recursive: true });
    try {
      await fs.access(path.join(this.workDir, '.git'));
    } catch {
      await this.git('init', '--quiet');
      await this.git('remote', 'add', 'origin', this.options.url);
    }
    try {
      await this.git(
        'fetch',
        '--quiet',
        'origin',
        `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`,
      );
      return true;
    } catch (error) {
      if (/couldn't find remote ref/i.test(String(error))) return false;
      throw error;
    }
  }

  publish(checkpoint: WitnessedCheckpoint): Promise<void> {
    return this.serialise(async () => {
      const name = `${DIR}/${auditWitnessFiles.fileName(checkpoint.seq)}`;
      const content = auditWitnessFiles.content(checkpoint);
      // Another instance may push in between: fetch, commit on top, retry.
      for (let attempt = 1; ; attempt++) {
        const exists = await this.fetch();
        if (exists) {
          await this.git(
            'checkout',
            '--quiet',
            '-B',
            this.branch,
            `origin/${this.branch}`,
          );
          const held = await this.git(
            'show',
            `origin/${this.branch}:${name}`,
          ).catch(() => undefined);
          if (held) {
            if (held.stdout === content) return;
            throw new Error(
              `The witness already holds a different checkpoint ${checkpoint.seq} (${name})`,
            );
          }
        } else {
          await this.git('checkout', '--quiet', '--orphan', this.branch).catch(
            () => undefined,
          );
        }
        await fs.mkdir(path.join(this.workDir, DIR), { recursive: true });
        await fs.writeFile(path.join(this.workDir, name), content);
        await this.git('add', name);
        await this.git(
          '-c',
          'user.name=Guardrails',
          '-c',
          'user.email=guardrails@localhost',
          'commit',
          '--quiet',
          '-m',
          `Audit checkpoint ${checkpoint.seq} (${checkpoint.hash})`,
        );
        try {
          await this.git(
            'push',
            '--quiet',
            'origin',
            `HEAD:refs/heads/${this.branch}`,
          );
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
        }
      }
    });
  }

  list(): Promise<WitnessedCheckpoint[]> {
    return this.serialise(async () => {
      if (!(await this.fetch())) return [];
      const ref = `origin/${this.branch}`;
      const { stdout } = await this.git(
        'ls-tree',
        '--name-only',
        `${ref}:${DIR}`,
      ).catch(() => ({ stdout: '' }));
      const names = stdout
        .split('\n')
        .filter(auditWitnessFiles.isCheckpointFile)
        .sort();
      if (names.length === 0) return [];
      const output = await gitWithInput(
        this.workDir,
        ['cat-file', '--batch'],
        names.map(n => `${ref}:${DIR}/${n}\n`).join(''),
      );
      return parseBatch(output).map(blob => JSON.parse(blob));
    });
  }
}

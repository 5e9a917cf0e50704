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
import path from 'node:path';
import { auditWitnessFiles } from '@guardrails/plugin-governance-node/audit';
import { AuditWitness, WitnessedCheckpoint } from './AuditWitness';

/**
 * Checkpoints as write-once files in a directory (mount it from storage the
 * database operator cannot write, e.g. an object-locked bucket).
 */
export class DirectoryAuditWitness implements AuditWitness {
  readonly kind = 'directory' as const;
  readonly location: string;

  constructor(directory: string) {
    this.location = path.resolve(directory);
  }

  async publish(checkpoint: WitnessedCheckpoint) {
    await fs.mkdir(this.location, { recursive: true });
    const file = path.join(
      this.location,
      auditWitnessFiles.fileName(checkpoint.seq),
    );
    const content = auditWitnessFiles.content(checkpoint);
    try {
      await fs.writeFile(file, content, { flag: 'wx', mode: 0o444 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await fs.readFile(file, 'utf8')) !== content) {
        throw new Error(
          `The witness already holds a different checkpoint ${checkpoint.seq} in ${file}`,
        );
      }
    }
  }

  async list(): Promise<WitnessedCheckpoint[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.location);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files = names.filter(auditWitnessFiles.isCheckpointFile).sort();
    return Promise.all(
      files.map(async name =>
        JSON.parse(await fs.readFile(path.join(this.location, name), 'utf8')),
      ),
    );
  }
}

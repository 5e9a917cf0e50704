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
import { lintSource } from '@secretlint/core';
import { creator as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';

/** One secret found, with the secret itself masked. */
export interface SecretFinding {
  /** Relative to the scanned directory. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  /** secretlint's message, with the secret replaced by asterisks. */
  message: string;
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// Larger files are generated or binary; secrets live in small text files.
const MAX_FILE_BYTES = 1024 * 1024;

async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile()) {
        files.push(full);
      }
    }
  };
  await walk(root);
  return files.sort();
}

/**
 * Scans every text file under a directory with secretlint's recommended
 * rules (cloud keys, private keys, tokens of the common SaaS).
 */
export async function findSecrets(root: string) {
  const files = await listFiles(root);
  const findings: SecretFinding[] = [];
  let filesScanned = 0;
  for (const file of files) {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) continue;
    const buffer = await fs.readFile(file);
    if (buffer.includes(0)) continue; // binary
    filesScanned++;
    const result = await lintSource({
      source: {
        filePath: file,
        content: buffer.toString('utf8'),
        contentType: 'text',
      },
      options: {
        maskSecrets: true,
        config: {
          rules: [
            {
              id: '@secretlint/secretlint-rule-preset-recommend',
              rule: recommendedRules,
              // Access key ids alone are worth stopping a citizen app for.
              rules: [
                {
                  id: '@secretlint/secretlint-rule-aws',
                  options: { enableIDScanRule: true },
                },
              ],
            },
          ],
        },
      },
    });
    for (const message of result.messages) {
      findings.push({
        file: path.relative(root, file),
        line: message.loc.start.line,
        column: message.loc.start.column + 1,
        ruleId: message.ruleId,
        message: message.message,
      });
    }
  }
  return { tool: 'secretlint', filesScanned, findings };
}

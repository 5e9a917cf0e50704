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
import fs from 'node:fs';
import path from 'node:path';
import { KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { SigningKeyOptions } from '../config';

/**
 * The Ed25519 key that signs evidence and audit checkpoints: the configured
 * `governance.signing.privateKey` (PEM). Without it, outside production, a
 * key is generated once into a git-ignored file, with a warning.
 */
export function loadSigningKey(
  options: SigningKeyOptions,
  logger: LoggerService,
): { privateKey: KeyObject; keyId: string } {
  const { keyId, privateKey: pem } = options;
  if (pem) {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error(
        'governance.signing.privateKey must be an Ed25519 private key in PEM',
      );
    }
    return { privateKey, keyId };
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'governance.signing.privateKey is required in production: an Ed25519 private key in PEM',
    );
  }
  const file = path.resolve(options.devKeyFile);
  if (!fs.existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
      { mode: 0o600 },
    );
    logger.warn(
      `No governance.signing.privateKey configured: generated a development signing key in ${file}. Configure your own key in production.`,
    );
  }
  return {
    privateKey: createPrivateKey(fs.readFileSync(file)),
    keyId: 'guardrails-dev',
  };
}

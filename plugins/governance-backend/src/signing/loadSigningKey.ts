import fs from 'node:fs';
import path from 'node:path';
import { KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/**
 * The Ed25519 key that signs evidence and audit checkpoints:
 * `governance.signing.privateKey` (PEM) from config. Without it, outside
 * production, a key is generated once into a git-ignored file, with a warning.
 */
export function readSigningKey(
  config: Config,
  logger: LoggerService,
): { privateKey: KeyObject; keyId: string } {
  const signing = config.getOptionalConfig('governance.signing');
  const keyId = signing?.getOptionalString('keyId') ?? 'guardrails-evidence';
  const pem = signing?.getOptionalString('privateKey');
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
  const file = path.resolve(
    signing?.getOptionalString('devKeyFile') ??
      '../../.guardrails/signing-key.pem',
  );
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

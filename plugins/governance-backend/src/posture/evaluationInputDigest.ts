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
import { createHash } from 'node:crypto';

/**
 * The digest of an evaluation's app-specific inputs: the entity's
 * governance fields and, once the app has submitted one, its latest SBOM.
 * An app without an SBOM keeps the plain entity digest (what the catalog's
 * change announcements carry), so its stored evaluation stays current.
 */
export function evaluationInputDigest(
  entityDigest: string,
  sbomSha256: string | undefined,
): string {
  if (!sbomSha256) return entityDigest;
  return createHash('sha256')
    .update(`${entityDigest}:sbom:${sbomSha256}`)
    .digest('hex');
}

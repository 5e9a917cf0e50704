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
import { Entity } from '@backstage/catalog-model';
import {
  GovernanceProfile,
  governanceProfileSchema,
} from './governanceProfileSchema';

/**
 * Where the governance profile lives in an entity: `spec.governance`.
 * Annotations only hold strings, and the profile has lists and objects.
 *
 * @public
 */
export const GOVERNANCE_PROFILE_PATH = ['spec', 'governance'] as const;

/** One problem found in a profile, with the dotted path of the field. @public */
export interface ProfileIssue {
  /** e.g. `spec.governance.integrations.0.access` */
  field: string;
  message: string;
}

/** The outcome of validating a profile. @public */
export type ProfileValidationResult =
  | { valid: true; profile: GovernanceProfile; issues: [] }
  | { valid: false; issues: ProfileIssue[] };

/** @public */
export interface ValidateProfileOptions {
  /** The moment the retirement date must lie after; defaults to now. */
  now?: Date;
}

const fieldOf = (path: ReadonlyArray<PropertyKey>) =>
  [...GOVERNANCE_PROFILE_PATH, ...path.map(String)].join('.');

/**
 * Validates a raw governance profile: its shape against the schema, and the
 * rules that depend on the present moment (a planned retirement date must
 * still lie ahead).
 *
 * @public
 */
export function validateGovernanceProfile(
  raw: unknown,
  options: ValidateProfileOptions = {},
): ProfileValidationResult {
  const parsed = governanceProfileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      valid: false,
      issues: parsed.error.issues.map(issue => ({
        field: fieldOf(issue.path),
        message: issue.message,
      })),
    };
  }
  const profile = parsed.data;
  const now = options.now ?? new Date();
  if (profile.retirementDate && daysUntil(profile.retirementDate, now) < 0) {
    return {
      valid: false,
      issues: [
        {
          field: fieldOf(['retirementDate']),
          message: `planned retirement date ${profile.retirementDate} is in the past; plan a new date or retire the app`,
        },
      ],
    };
  }
  return { valid: true, profile, issues: [] };
}

/**
 * Whole days from `now` (UTC calendar day) until an ISO date; negative once
 * the date has passed.
 *
 * @public
 */
export function daysUntil(isoDate: string, now: Date): number {
  const target = Date.parse(`${isoDate}T00:00:00Z`);
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate(),
  );
  return Math.round((target - today) / 86_400_000);
}

/**
 * The raw governance profile declared by an entity, or undefined when the
 * entity declares none.
 *
 * @public
 */
export function getRawGovernanceProfile(entity: Entity): unknown | undefined {
  const spec = entity.spec as Record<string, unknown> | undefined;
  return spec?.governance ?? undefined;
}

/** Formats issues on one line, for logs and error messages. @public */
export function formatProfileIssues(issues: ProfileIssue[]): string {
  return issues.map(i => `${i.field}: ${i.message}`).join('; ');
}

/**
 * Reads the issues back out of a message written with
 * {@link formatProfileIssues}, e.g. a catalog processing error.
 *
 * @public
 */
export function parseProfileIssues(message: string): ProfileIssue[] {
  const start = message.indexOf(GOVERNANCE_PROFILE_PATH.join('.'));
  if (start < 0) return [];
  return message
    .slice(start)
    .split(/;\s(?=spec\.governance)/)
    .map(part => {
      const separator = part.indexOf(': ');
      return separator < 0
        ? { field: part.trim(), message: '' }
        : {
            field: part.slice(0, separator).trim(),
            message: part.slice(separator + 2).trim(),
          };
    });
}

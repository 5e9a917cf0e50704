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
import { lowRiskProfile } from '../__fixtures__/profiles';
import {
  daysUntil,
  formatProfileIssues,
  parseProfileIssues,
  validateGovernanceProfile,
} from './validateGovernanceProfile';

const now = new Date('2026-11-22T10:00:00Z');

describe('validateGovernanceProfile', () => {
  it('accepts a valid profile and applies defaults', () => {
    const result = validateGovernanceProfile(lowRiskProfile, { now });
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.profile.dataTypes).toEqual([]);
    expect(result.profile.schemaVersion).toBe(1);
    expect(result.profile.integrations[0].scopes).toEqual([]);
  });

  it('names the field of an unknown data classification', () => {
    const result = validateGovernanceProfile(
      { ...lowRiskProfile, dataClassification: 'top-secret' },
      { now },
    );
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'spec.governance.dataClassification' }),
    ]);
    expect(result.issues[0].message).toMatch(/public.*regulated/);
  });

  it('names the field inside a malformed integration', () => {
    const result = validateGovernanceProfile(
      {
        ...lowRiskProfile,
        integrations: [{ target: 'crm', access: 'delete' }],
      },
      { now },
    );
    expect(result.issues.map(i => i.field)).toEqual([
      'spec.governance.integrations.0.access',
    ]);
  });

  it('rejects a retirement date in the past, and accepts today', () => {
    const past = validateGovernanceProfile(
      { ...lowRiskProfile, retirementDate: '2026-11-21' },
      { now },
    );
    expect(past.valid).toBe(false);
    expect(past.issues[0].field).toBe('spec.governance.retirementDate');
    expect(past.issues[0].message).toContain('in the past');

    const today = validateGovernanceProfile(
      { ...lowRiskProfile, retirementDate: '2026-11-22' },
      { now },
    );
    expect(today.valid).toBe(true);
  });

  it('rejects impossible dates, unknown fields and missing required fields', () => {
    const { purpose, ...withoutPurpose } = lowRiskProfile;
    const result = validateGovernanceProfile(
      { ...withoutPurpose, retirementDate: '2027-02-30x', colour: 'blue' },
      { now },
    );
    const fields = result.issues.map(i => i.field);
    expect(fields).toContain('spec.governance.purpose');
    expect(fields).toContain('spec.governance.retirementDate');
    expect(formatProfileIssues(result.issues)).toMatch(/colour/);
  });

  it('rejects a profile that is not an object', () => {
    const result = validateGovernanceProfile('tier-0', { now });
    expect(result.valid).toBe(false);
    expect(result.issues[0].field).toBe('spec.governance');
  });
});

describe('daysUntil', () => {
  it('counts whole calendar days in UTC', () => {
    expect(daysUntil('2026-11-22', now)).toBe(0);
    expect(daysUntil('2026-12-22', now)).toBe(30);
    expect(daysUntil('2026-11-20', now)).toBe(-2);
  });
});

describe('parseProfileIssues', () => {
  it('reads back what formatProfileIssues wrote, inside a longer message', () => {
    const issues = [
      {
        field: 'spec.governance.dataClassification',
        message: 'Invalid option: expected one of "public"|"internal"',
      },
      {
        field: 'spec.governance.integrations.0.access',
        message: 'must be read; write or admin',
      },
    ];
    const message = `InputError: Invalid governance profile in component:default/x: ${formatProfileIssues(
      issues,
    )}`;
    expect(parseProfileIssues(message)).toEqual(issues);
  });

  it('finds nothing in an unrelated message', () => {
    expect(
      parseProfileIssues('Policy check failed for component:default/x'),
    ).toEqual([]);
  });
});

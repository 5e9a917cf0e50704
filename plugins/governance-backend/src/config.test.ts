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
import { ConfigReader } from '@backstage/config';
import { DEFAULT_SCHEDULES, readGovernanceBackendConfig } from './config';

describe('readGovernanceBackendConfig', () => {
  it('gives the documented defaults for an empty config', () => {
    const options = readGovernanceBackendConfig(new ConfigReader({}));
    expect(options.exceptions).toEqual({ maxDays: 14 });
    expect(options.lifecycle).toEqual({ inactivityDays: 90 });
    expect(options.approvals.slaHours).toEqual({ 1: 24, 2: 48, 3: 120 });
    expect(options.attestations.cadenceDays).toEqual({
      0: 180,
      1: 90,
      2: 90,
      3: 30,
    });
    expect(options.signing).toEqual({
      privateKey: undefined,
      keyId: 'guardrails-evidence',
      retiredKeys: [],
      productionLike: undefined,
    });
    expect(options.audit).toEqual({
      witness: undefined,
      uncoveredBoundMinutes: 15,
    });
    expect(options.roles.admin).toEqual([]);
    expect(options.separationOfDuties).toEqual({ enabled: true });
    expect(options.ciTokens).toEqual([]);
  });

  it('reads CI token bindings with full entity refs, and separation of duties', () => {
    const options = readGovernanceBackendConfig(
      new ConfigReader({
        governance: {
          separationOfDuties: { enabled: false },
          ciTokens: [
            { subject: 'crm-ci', entityRefs: ['component:crm-record-updater'] },
          ],
        },
      }),
    );
    expect(options.separationOfDuties).toEqual({ enabled: false });
    expect(options.ciTokens).toEqual([
      {
        subject: 'crm-ci',
        entityRefs: ['component:default/crm-record-updater'],
      },
    ]);
  });

  it('refuses a CI token bound to something that is not an entity ref', () => {
    expect(() =>
      readGovernanceBackendConfig(
        new ConfigReader({
          governance: { ciTokens: [{ subject: 'x', entityRefs: [':'] }] },
        }),
      ),
    ).toThrow(/governance.ciTokens\[0\].entityRefs: ":"/);
  });

  it('keeps the schedules the tasks always had when none is configured', () => {
    const { schedules } = readGovernanceBackendConfig(new ConfigReader({}));
    expect(schedules).toEqual(DEFAULT_SCHEDULES);
    expect(schedules).toEqual({
      sync: {
        frequency: { minutes: 5 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 10 },
      },
      approvalSla: { frequency: { minutes: 30 }, timeout: { minutes: 5 } },
      attestationCampaigns: {
        frequency: { hours: 6 },
        timeout: { minutes: 15 },
        initialDelay: { seconds: 30 },
      },
      auditCheckpoints: { frequency: { minutes: 15 }, timeout: { minutes: 5 } },
      auditVerification: {
        frequency: { minutes: 15 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 20 },
      },
      dailySnapshot: {
        frequency: { hours: 1 },
        timeout: { minutes: 5 },
        initialDelay: { minutes: 2 },
      },
      lifecycleSweep: {
        frequency: { hours: 1 },
        timeout: { minutes: 15 },
        initialDelay: { minutes: 1 },
      },
    });
  });

  it('reads every configured key', () => {
    const options = readGovernanceBackendConfig(
      new ConfigReader({
        governance: {
          exceptions: { maxDays: 30 },
          lifecycle: { inactivityDays: 45 },
          approvals: { slaHours: { tier1: 8, tier3: 72 } },
          tiers: { tier3: { attestationCadenceDays: 14 } },
          roles: { admins: ['Group:default/Platform-Team'] },
          signing: {
            privateKey: 'PEM',
            keyId: 'acme-2026',
            retiredKeys: [{ keyId: 'acme-2025', publicKey: 'PUBLIC PEM' }],
          },
          audit: {
            witness: { git: { url: 'file:///srv/witness.git' } },
            uncoveredBoundMinutes: 5,
          },
        },
        auth: { environment: 'production' },
      }),
    );
    expect(options.exceptions.maxDays).toBe(30);
    expect(options.lifecycle.inactivityDays).toBe(45);
    // A tier left out keeps its default.
    expect(options.approvals.slaHours).toEqual({ 1: 8, 2: 48, 3: 72 });
    expect(options.attestations.cadenceDays[3]).toBe(14);
    expect(options.roles.admin).toEqual(['group:default/platform-team']);
    expect(options.signing).toEqual({
      privateKey: 'PEM',
      keyId: 'acme-2026',
      retiredKeys: [{ keyId: 'acme-2025', publicKey: 'PUBLIC PEM' }],
      productionLike: 'auth.environment is production',
    });
    expect(options.audit).toEqual({
      witness: { kind: 'git', url: 'file:///srv/witness.git', branch: 'main' },
      uncoveredBoundMinutes: 5,
    });
    expect(
      readGovernanceBackendConfig(
        new ConfigReader({ backend: { database: { client: 'pg' } } }),
      ).signing.productionLike,
    ).toBe('the database is PostgreSQL (backend.database.client pg)');
  });

  it('reads a configured schedule and leaves the other tasks on their defaults', () => {
    const { schedules } = readGovernanceBackendConfig(
      new ConfigReader({
        governance: {
          schedules: {
            sync: { frequency: { minutes: 1 }, timeout: 'PT2M' },
            lifecycleSweep: {
              frequency: { cron: '0 3 * * *' },
              timeout: { minutes: 30 },
              initialDelay: { seconds: 5 },
            },
          },
        },
      }),
    );
    expect(schedules.sync).toMatchObject({
      frequency: { minutes: 1 },
      timeout: { minutes: 2 },
    });
    expect(schedules.sync.initialDelay).toBeUndefined();
    expect(schedules.lifecycleSweep).toMatchObject({
      frequency: { cron: '0 3 * * *' },
      timeout: { minutes: 30 },
      initialDelay: { seconds: 5 },
    });
    expect(schedules.approvalSla).toEqual(DEFAULT_SCHEDULES.approvalSla);
  });

  it('names the key of a schedule without a timeout', () => {
    expect(() =>
      readGovernanceBackendConfig(
        new ConfigReader({
          governance: {
            schedules: { auditCheckpoints: { frequency: 'PT5M' } },
          },
        }),
      ),
    ).toThrow(/governance\.schedules\.auditCheckpoints\.timeout/);
  });
});

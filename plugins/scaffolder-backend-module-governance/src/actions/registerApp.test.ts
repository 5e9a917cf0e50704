import { ConfigReader } from '@backstage/config';
import { NotFoundError, ResponseError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import yaml from 'yaml';
import { createRegisterAppAction } from './registerApp';
import { examples } from './registerApp.examples';

/**
 * Stands in for the governance backend (its HTTP client is tested against
 * the real backend in governance-backend): answers 404 until the catalog
 * "ingests" the app after a given number of calls.
 */
class InMemoryRegistry implements GovernanceRegistryService {
  requests: AppRegistrationRequest[] = [];
  constructor(private readonly notFoundCalls = 0) {}

  async registerApp(
    request: AppRegistrationRequest,
  ): Promise<AppRegistrationResult> {
    this.requests.push(request);
    if (this.requests.length <= this.notFoundCalls) {
      const body = {
        error: { name: 'NotFoundError', message: 'not in the catalog yet' },
        request: { method: 'POST', url: '/apps/register' },
        response: { statusCode: 404 },
      };
      throw await ResponseError.fromResponse(
        new Response(JSON.stringify(body), {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        }) as any,
      );
    }
    return {
      entityRef: request.entityRef,
      tier: 0,
      riskLevel: 'low',
      score: 1,
      approvalId: 'approval-1',
      approvalStatus: 'auto-approved',
    };
  }
}

const config = new ConfigReader({ app: { baseUrl: 'http://localhost:3000' } });

describe('governance:app:register (in-memory registry standing in for the governance backend)', () => {
  it('waits for the catalog, then outputs tier, approval and the Governance tab link', async () => {
    const registry = new InMemoryRegistry(2);
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: {
        entityRef: 'component:default/burndown',
        repoUrl: 'http://localhost:7009/apps/burndown.git',
        secretScan: { tool: 'secretlint', filesScanned: 5, findings: 0 },
      },
      templateInfo: { entityRef: 'template:default/internal-dashboard' },
    });
    await action.handler(ctx as any);
    expect(registry.requests).toHaveLength(3);
    expect(registry.requests[2]).toMatchObject({
      entityRef: 'component:default/burndown',
      templateRef: 'template:default/internal-dashboard',
      secretScan: { findings: 0 },
    });
    expect(ctx.output).toHaveBeenCalledWith('tier', 0);
    expect(ctx.output).toHaveBeenCalledWith('approvalStatus', 'auto-approved');
    expect(ctx.output).toHaveBeenCalledWith(
      'governanceUrl',
      'http://localhost:3000/catalog/default/component/burndown/governance',
    );
  });

  it('gives up with the 404 once waitSeconds have passed', async () => {
    const registry = new InMemoryRegistry(Infinity);
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/never', waitSeconds: 0 },
    });
    await expect(action.handler(ctx as any)).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('does not retry other errors', async () => {
    const registry: GovernanceRegistryService = {
      registerApp: jest.fn().mockRejectedValue(new NotFoundError('x')),
    };
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/x' },
    });
    await expect(action.handler(ctx as any)).rejects.toThrow('x');
    expect(registry.registerApp).toHaveBeenCalledTimes(1);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s"',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      const action = createRegisterAppAction({
        registry: new InMemoryRegistry(),
        config,
      });
      expect(step.action).toBe(action.id);
      // Template expressions are rendered by the scaffolder; give values.
      const input = Object.fromEntries(
        Object.entries(step.input).map(([key, value]) => [
          key,
          typeof value === 'string' && value.startsWith('${{')
            ? {
                entityRef: 'component:default/burndown',
                repoUrl: 'http://localhost:7009/apps/burndown.git',
                sbom: {
                  format: 'CycloneDX',
                  specVersion: '1.6',
                  componentCount: 0,
                  sha256: 'a'.repeat(64),
                  path: 'sbom.cdx.json',
                },
                secretScan: {
                  tool: 'secretlint',
                  filesScanned: 1,
                  findings: 0,
                },
              }[key]
            : value,
        ]),
      );
      const ctx = createMockActionContext({ input: input as any });
      await action.handler(ctx as any);
      expect(ctx.output).toHaveBeenCalledWith('tier', 0);
    },
  );
});

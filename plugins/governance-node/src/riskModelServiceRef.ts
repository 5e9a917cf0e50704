import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultRiskModelService, RiskModelService } from './RiskModelService';
import { readRiskModelOptions } from './readRiskModelOptions';

/**
 * The risk model configured in app-config (`governance.risk`,
 * `governance.tiers`), for the governance backend and for modules such as
 * the scaffolder actions that preview a tier.
 *
 * @public
 */
export const riskModelServiceRef = createServiceRef<RiskModelService>({
  id: 'governance.risk-model',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig },
      factory: ({ config }) =>
        new DefaultRiskModelService(readRiskModelOptions(config)),
    }),
});

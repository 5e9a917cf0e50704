import { AppRegistryService, ExportedApp } from './AppRegistryService';
import { AppRegistryStore } from './AppRegistryStore';

/** Reads the app registry from its store. */
export class DefaultAppRegistryService implements AppRegistryService {
  constructor(private readonly options: { appRegistry: AppRegistryStore }) {}

  async exportApps(): Promise<ExportedApp[]> {
    return (await this.options.appRegistry.listApps()).map(app => ({
      ...app,
      registeredAt: app.registeredAt.toISOString(),
      evaluatedAt: app.evaluatedAt.toISOString(),
      lastActivityAt: app.lastActivityAt?.toISOString() ?? '',
      keepUntil: app.keepUntil?.toISOString(),
      inactivityWarnedAt: app.inactivityWarnedAt?.toISOString(),
    }));
  }
}

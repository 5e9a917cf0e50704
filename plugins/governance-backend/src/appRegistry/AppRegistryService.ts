import { RegisteredApp } from './AppRegistryStore';

/** One app of the registry as exported: dates as ISO 8601 strings. */
export type ExportedApp = Omit<
  RegisteredApp,
  | 'registeredAt'
  | 'evaluatedAt'
  | 'lastActivityAt'
  | 'keepUntil'
  | 'inactivityWarnedAt'
> & {
  registeredAt: string;
  evaluatedAt: string;
  /** Empty when the app never reported activity. */
  lastActivityAt: string;
  keepUntil?: string;
  inactivityWarnedAt?: string;
};

/** The app registry: every governed app the backend has seen. */
export interface AppRegistryService {
  /** Every app in the registry, for the registry export. */
  exportApps(): Promise<ExportedApp[]>;
}

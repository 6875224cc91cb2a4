import { createContext } from 'react';
import type { AppConfig } from './AppConfig.js';

/** The loaded `/config.json`; undefined outside `Shop` (`useAppConfig` then throws). */
export const ConfigContext = createContext<AppConfig | undefined>(undefined);

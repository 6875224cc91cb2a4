import { useContext } from 'react';
import type { AppConfig } from './AppConfig.js';
import { ConfigContext } from './ConfigContext.js';

/** The loaded `/config.json`. Throws when the component is not inside `Shop`. */
export function useAppConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useAppConfig() must be called inside <ConfigContext.Provider>');
  return config;
}

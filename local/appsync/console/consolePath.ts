/** Where the front serves the console page; every asset lives under `${CONSOLE_PATH}/`. */
export const CONSOLE_PATH = '/console';

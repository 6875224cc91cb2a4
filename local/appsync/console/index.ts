export { buildConsole } from './buildConsole.js';
export { consoleHandler } from './consoleHandler.js';
export type { ConsoleHandlerOptions } from './consoleHandler.js';
export { CONSOLE_PATH } from './consolePath.js';

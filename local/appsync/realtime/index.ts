export { createRealtime } from './createRealtime.js';
export type { RealtimeOptions, RealtimeService, RealtimeStats } from './createRealtime.js';
export type { RealtimeBackend } from './RealtimeBackend.js';
export { REALTIME_DEFAULTS } from './RealtimeSettings.js';
export type { RealtimeSettings } from './RealtimeSettings.js';
export { matchesFilter, matchesInvalidationFilter } from './matchesFilter.js';
export { parseSubscriptionFilter, FILTER_LIMITS } from './parseSubscriptionFilter.js';
export type { FilterCondition, FilterOperator, SubscriptionFilter } from './SubscriptionFilter.js';
export type { RealtimeError, ServerMessage } from './realtimeMessages.js';

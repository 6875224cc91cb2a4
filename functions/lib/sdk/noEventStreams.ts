/**
 * What a function bundle gets for `@smithy/core/event-streams` where the SDK loads it lazily, for an
 * operation with an event stream (see `infra/bundling/lambdaSdkPlugin.ts`). None of the clients the
 * functions use has such an operation (a client that has one imports the module eagerly, and the
 * bundler then refuses this stand-in), so these never run; if one ever did, it fails loudly.
 */
export class EventStreamSerde {
  constructor() {
    refuse();
  }
}

/** Refuses, like `EventStreamSerde`. */
export function eventStreamSerdeProvider(): never {
  refuse();
}

function refuse(): never {
  throw new Error('Event streams are not bundled into the functions (infra/bundling/lambdaSdkPlugin.ts)');
}

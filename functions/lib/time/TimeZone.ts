/**
 * A time zone as the engine needs it: a name and the offset from UTC in force at each instant. An IANA
 * zone comes from `ianaTimeZone`; any other rule (a fixed offset, say) works as long as `offsetAt`
 * answers whole seconds.
 */
export interface TimeZone {
  /** The name the zone was made from, as written. */
  readonly id: string;
  /** How far the zone's wall clock is ahead of UTC at the instant `epochMs`, in whole seconds. */
  offsetAt(epochMs: number): number;
}

import type { GuestCart } from './GuestCart.js';

/**
 * What to do with a guest cart once `userId` is signed in, given the stored cart's `updatedAt` read now
 * (null when none is stored): `merge` its lines, or `forget` it, because it has no lines or because an
 * earlier merge into this user's cart whose answer was lost did take place (the stored cart changed
 * since that merge's `base`).
 *
 * @example
 * mergeStepOf({ lines: [l1], merging: { userId: 'u1', base: null } }, 'u1', '2026-01-01T00:00:00Z') // => 'forget'
 */
export function mergeStepOf(
  guest: GuestCart,
  userId: string,
  storedUpdatedAt: string | null,
): 'merge' | 'forget' {
  if (guest.lines.length === 0) return 'forget';
  if (guest.merging?.userId === userId && guest.merging.base !== storedUpdatedAt) return 'forget';
  return 'merge';
}

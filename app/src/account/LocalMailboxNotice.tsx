import type { ReactElement } from 'react';
import { useAppConfig } from '../config/useAppConfig.js';

/**
 * Where to read the emailed code when the local twin runs the shop (`/config.json` names its mailbox
 * page); nothing on AWS, where the code goes to the user's real inbox.
 */
export function LocalMailboxNotice(): ReactElement | null {
  const { mailboxUrl } = useAppConfig();
  if (!mailboxUrl) return null;
  return (
    <p className="notice">
      Running locally: the code is in the{' '}
      <a href={mailboxUrl} target="_blank" rel="noreferrer">
        local mailbox (opens in a new tab)
      </a>
      .
    </p>
  );
}

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it and never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launch flags for this machine: without the background-networking ones Chromium keeps dialling Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

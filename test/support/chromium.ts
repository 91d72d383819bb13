// Where Debian's Chromium lives and how we start it, shared by the browser tests and the Lighthouse
// audit. scripts/ensure-chromium.sh installs the Debian package when it is missing.
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and nothing that phones home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

import { type BrowserContext, chromium } from 'playwright-core';

/**
 * Debian's Chromium (or `CHROMIUM_PATH`), headless, as a person in Gwangju sees the panel: a 1440×900
 * window, Korean, Seoul time (date inputs read yyyy. mm. dd.). Every browser test starts it here.
 */
export function launchChromium(
  userDataDir: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    ...options,
  });
}

// How every browser test in the repository launches Chromium: Debian's package (never `playwright install`,
// which downloads a browser and fails on our machines), headless-friendly flags, and the network flags that
// stop Chromium's own background calls, which the closed network here refuses (and which slow it down).
// `npm test` installs Debian's chromium when missing; CHROMIUM_PATH points elsewhere if you have one.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
  ],
};

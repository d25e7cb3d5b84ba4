// The example runs offline (CI reaches only the npm registry): no remote fonts or images, no telemetry
// (NEXT_TELEMETRY_DISABLED=1 is exported by scripts/with-toolchain.sh and set by the test).
/** @type {import("next").NextConfig} */
const nextConfig = {
  // `pnpm typecheck` and `pnpm lint` check the example; `next build` would only repeat them.
  typescript: { ignoreBuildErrors: true },
  // This is a workspace package: the repository root holds the lockfile, not this folder.
  turbopack: { root: new URL("../..", import.meta.url).pathname },
  poweredByHeader: false,
};

export default nextConfig;

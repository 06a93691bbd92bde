/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships ~15 MB of wasm; keep both drivers out of the bundle (stack notes).
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', '@node-rs/argon2', 'sharp'],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` on its own; skipping it here halves the build and keeps one source of truth.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
};

export default nextConfig;

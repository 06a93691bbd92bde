/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships ~15 MB of wasm; keep both drivers out of the bundle (stack notes).
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', '@node-rs/argon2', 'sharp'],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
};

export default nextConfig;

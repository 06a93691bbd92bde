import { openApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/auth/route';

export const GET = route({ access: 'public', cors: true }, () =>
  Response.json(openApiDocument, { headers: { 'Cache-Control': 'public, max-age=300' } }),
);

import { NotFoundContent } from '@/components/layout/not-found-content';

// Rendered inside this section's layout, which already has the header and the main landmark.
export default function NotFound() {
  return <NotFoundContent />;
}

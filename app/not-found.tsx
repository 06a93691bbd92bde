import { NotFoundContent } from '@/components/layout/not-found-content';
import { Shell } from '@/app/shell';

// An address that matches no route renders here, in the root layout alone, so it brings its own shell.
// A page that calls notFound() renders its section's not-found instead, inside that section's shell.
export default function NotFound() {
  return (
    <Shell>
      <NotFoundContent />
    </Shell>
  );
}

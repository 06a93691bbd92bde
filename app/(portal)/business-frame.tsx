import type { ReactNode } from 'react';
import { ActingForProvider } from '@/components/business/acting-for';
import { BusinessBar } from '@/components/business/business-bar';
import { listMyBusinesses } from '@/db/queries/acting';
import { getActor } from '@/lib/auth/guards';
import { switchBusinessAction } from './switch/actions';

/**
 * Every business page renders inside this frame, as part of the page itself: the business named above
 * the page, and carried by its forms (actingFor), is the one whose data the page shows. A layout or a
 * template would not do: Next reuses them across client-side navigations, so after a switch in another
 * tab they would still name the previous business.
 */
export async function BusinessFrame({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor || actor.role !== 'business') return children;
  const businesses = await listMyBusinesses(actor);
  return (
    <ActingForProvider businessId={actor.businessId ?? ''}>
      <BusinessBar actor={actor} businesses={businesses} switchAction={switchBusinessAction} />
      {children}
    </ActingForProvider>
  );
}

/** A business page: `export default withBusinessFrame(async function XPage(props) { … })`. */
export function withBusinessFrame<P extends object>(Page: (props: P) => Promise<ReactNode>) {
  return async function Framed(props: P) {
    return (
      <BusinessFrame>
        <Page {...props} />
      </BusinessFrame>
    );
  };
}

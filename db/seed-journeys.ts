import type { Db } from './driver';
import type { DemoBusiness } from './seed-data/demo';

/** Puts a demo business at its stage of the journey (applications arrive with the onboarding issue). */
export async function seedDemoJourneys(_db: Db, _businessId: string, _ownerId: string, _b: DemoBusiness) {}

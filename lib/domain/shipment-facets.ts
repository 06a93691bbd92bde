// The tokens a shipment list filter looks for in shipments.facets (the database computes a shipment's
// tokens with shipment_facets(), migration 0016; the two must agree: db/queries/shipments-list.test.ts
// checks them against each other). One token per filter value and one per pair of them, so "direct mail
// AND fresh fruit" is one token whose statistics say it matches nothing (the rules never allow it), where
// two separate columns would let the planner assume a third of a million matches.

export type FacetFilter = { channel?: string; state?: string; category?: string };

export function facetTokens(f: FacetFilter): string[] {
  const single = [f.channel && `f:${f.channel}`, f.state && `s:${f.state}`, f.category && `c:${f.category}`].filter(
    (t): t is string => !!t,
  );
  const pairs: string[] = [];
  for (let i = 0; i < single.length; i++)
    for (let j = i + 1; j < single.length; j++) pairs.push(`${single[i]}/${single[j]}`);
  return [...single, ...pairs];
}

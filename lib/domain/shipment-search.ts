// What a staff search of the shipment list means. References are `SHP-YYMMDD-XXXXXX` (the creation date,
// then a random part), so a term that starts like one is a reference search, answered newest reference
// first; anything else is the start of a buyer's name, answered by buyer name A–Z, then newest reference.
// Each order is an index's own order, so a page costs the same however many shipments match
// (bench/SHIPMENTS.md: ordered by time in status, a month's reference prefix took 6 s at 2M shipments).

export type ShipmentSearchKind = 'reference' | 'buyer';

export function shipmentSearchKind(q: string): ShipmentSearchKind {
  const t = q.trim().toLowerCase();
  return t === 'shp' || t.startsWith('shp-') ? 'reference' : 'buyer';
}

export const SEARCH_ORDER_LABEL: Record<ShipmentSearchKind, string> = {
  reference: 'Matching references, newest first',
  buyer: 'Matching buyers A–Z, each buyer’s newest shipment first',
};

import type { PurchaseOrder, PurchaseOrderLine, StorefrontListing } from '@/db/schema';
import { formatCents } from '@/lib/domain/pricing';

const usd = (cents: number) => formatCents(cents).replace(/,/g, '');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface OrderMilestone {
  kind: string;
  status: string | null;
  place: string | null;
  occurredAt: Date;
}

/** A purchase order as the partner API shows it (and as webhooks carry it). */
export function purchaseOrderDto(
  o: PurchaseOrder,
  lines: PurchaseOrderLine[],
  shipment: { reference: string; status: string; statusEnteredAt: Date; milestones: OrderMilestone[] } | null,
) {
  return {
    id: o.id,
    reference: o.reference,
    partnerReference: o.partnerReference,
    status: o.status,
    channel: o.channel,
    mode: o.mode,
    incoterm: o.incoterm,
    requestedDate: o.requestedDate,
    destination: { kind: o.destinationKind, name: o.destination },
    buyerCity: o.buyerCity,
    value: { usd: usd(o.valueUsdCents) },
    declineReason: o.declineReason,
    createdAt: o.createdAt.toISOString(),
    decidedAt: iso(o.decidedAt),
    lines: lines.map((l) => ({
      listingId: l.listingId,
      title: l.title,
      quantity: l.quantity,
      unitPrice: { usd: usd(l.unitPriceUsdCents) },
    })),
    shipment: shipment
      ? {
          reference: shipment.reference,
          status: shipment.status,
          statusSince: shipment.statusEnteredAt.toISOString(),
          milestones: shipment.milestones.map((m) => ({
            kind: m.kind,
            status: m.status,
            place: m.place,
            occurredAt: m.occurredAt.toISOString(),
          })),
        }
      : null,
  };
}

export function storefrontStatusDto(s: StorefrontListing) {
  return {
    listingId: s.listingId,
    status: s.status,
    storefrontItemId: s.storefrontItemId,
    storefrontUrl: s.storefrontUrl,
    reason: s.reason,
    liveSince: iso(s.liveSince),
    reportedAt: s.reportedAt.toISOString(),
  };
}

import type { TransportMode } from './shipment-status';

export type IncotermModes = 'any' | 'sea_inland_waterway';

/**
 * The eleven Incoterms 2020 rules: seven for any mode of transport, four for sea and inland
 * waterway only (reference §6 step 7) [S127]. China assesses general-trade duty on the CIF value
 * whatever rule is agreed [S31a].
 */
export const INCOTERMS = [
  { code: 'EXW', name: 'Ex Works', modes: 'any' },
  { code: 'FCA', name: 'Free Carrier', modes: 'any' },
  { code: 'CPT', name: 'Carriage Paid To', modes: 'any' },
  { code: 'CIP', name: 'Carriage and Insurance Paid To', modes: 'any' },
  { code: 'DAP', name: 'Delivered at Place', modes: 'any' },
  { code: 'DPU', name: 'Delivered at Place Unloaded', modes: 'any' },
  { code: 'DDP', name: 'Delivered Duty Paid', modes: 'any' },
  { code: 'FAS', name: 'Free Alongside Ship', modes: 'sea_inland_waterway' },
  { code: 'FOB', name: 'Free On Board', modes: 'sea_inland_waterway' },
  { code: 'CFR', name: 'Cost and Freight', modes: 'sea_inland_waterway' },
  { code: 'CIF', name: 'Cost, Insurance and Freight', modes: 'sea_inland_waterway' },
] as const satisfies readonly { code: string; name: string; modes: IncotermModes }[];

export type IncotermCode = (typeof INCOTERMS)[number]['code'];
export type Incoterm = (typeof INCOTERMS)[number];

export const INCOTERMS_EDITION = '2020';

export function isIncotermCode(value: string): value is IncotermCode {
  return INCOTERMS.some((t) => t.code === value);
}

export function incoterm(code: IncotermCode): Incoterm {
  const found = INCOTERMS.find((t) => t.code === code);
  if (!found) throw new RangeError(`Unknown Incoterm "${code}"`);
  return found;
}

/** The rules that fit a transport mode (a parcel or air shipment cannot use the sea-only rules). */
export function incotermsFor(mode: TransportMode): Incoterm[] {
  return INCOTERMS.filter((t) => t.modes === 'any' || mode === 'sea');
}

/** A plain-language refusal, or null when the rule fits the mode. */
export function incotermError(code: string, mode: TransportMode): string | null {
  const normalized = code.trim().toUpperCase();
  if (!isIncotermCode(normalized)) {
    return `“${code}” is not an Incoterms ${INCOTERMS_EDITION} rule. Choose one of ${INCOTERMS.map((t) => t.code).join(', ')}.`;
  }
  const term = incoterm(normalized);
  if (term.modes === 'sea_inland_waterway' && mode !== 'sea') {
    const anyMode = INCOTERMS.filter((t) => t.modes === 'any').map((t) => t.code);
    return `${term.code} (${term.name}) is for sea and inland waterway transport only. For ${mode === 'air' ? 'air freight' : 'parcels'} choose ${anyMode.slice(0, -1).join(', ')} or ${anyMode.at(-1)}.`;
  }
  return null;
}

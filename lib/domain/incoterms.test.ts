import { describe, expect, it } from 'vitest';
import { INCOTERMS, incoterm, incotermError, incotermsFor, isIncotermCode } from './incoterms';
import { TRANSPORT_MODES } from './shipment-status';

const SEA_ONLY = ['FAS', 'FOB', 'CFR', 'CIF'];
const ANY_MODE = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'];

describe('Incoterms 2020', () => {
  it('has the eleven rules, seven for any mode and four for sea and inland waterway', () => {
    expect(INCOTERMS.map((t) => t.code)).toEqual([...ANY_MODE, ...SEA_ONLY]);
    expect(INCOTERMS.filter((t) => t.modes === 'sea_inland_waterway').map((t) => t.code)).toEqual(SEA_ONLY);
    expect(incoterm('DPU').name).toBe('Delivered at Place Unloaded');
    expect(incoterm('CIF').name).toBe('Cost, Insurance and Freight');
  });

  it('knows its codes, and not the retired 2010 DAT', () => {
    for (const code of [...ANY_MODE, ...SEA_ONLY]) expect(isIncotermCode(code)).toBe(true);
    for (const code of ['DAT', 'DDU', 'fob', '']) expect(isIncotermCode(code)).toBe(false);
  });

  it('offers every rule for sea, only any-mode rules for air and parcels', () => {
    expect(incotermsFor('sea')).toHaveLength(11);
    expect(incotermsFor('air').map((t) => t.code)).toEqual(ANY_MODE);
    expect(incotermsFor('parcel').map((t) => t.code)).toEqual(ANY_MODE);
  });

  it.each(TRANSPORT_MODES.flatMap((mode) => INCOTERMS.map((t) => [t.code, mode] as const)))(
    '%s by %s',
    (code, mode) => {
      const error = incotermError(code, mode);
      if (mode === 'sea' || ANY_MODE.includes(code)) expect(error).toBeNull();
      else
        expect(error).toMatch(
          new RegExp(
            `^${code} \\(.+\\) is for sea and inland waterway transport only\\. For (air freight|parcels) choose EXW, FCA, CPT, CIP, DAP, DPU or DDP\\.$`,
          ),
        );
    },
  );

  it('explains the mode mismatch and unknown codes in plain words', () => {
    expect(incotermError('FOB', 'air')).toBe(
      'FOB (Free On Board) is for sea and inland waterway transport only. For air freight choose EXW, FCA, CPT, CIP, DAP, DPU or DDP.',
    );
    expect(incotermError(' fob ', 'sea')).toBeNull();
    expect(incotermError('DAT', 'sea')).toBe(
      '“DAT” is not an Incoterms 2020 rule. Choose one of EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF.',
    );
  });
});

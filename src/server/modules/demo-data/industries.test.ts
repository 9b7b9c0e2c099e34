import { describe, expect, it } from 'vitest';
import {
  findIndustry,
  HIGH_RISK_TOL_PREFIXES,
  industriesInSector,
  isHighRiskTolCode,
  TOL_INDUSTRIES,
} from './industries.ts';
import { SECTORS } from './industry-rows.ts';

describe('TOL_INDUSTRIES', () => {
  it('has at least 30 industries with unique 5-digit codes and three names each', () => {
    expect(TOL_INDUSTRIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TOL_INDUSTRIES.map((i) => i.code)).size).toBe(TOL_INDUSTRIES.length);
    for (const industry of TOL_INDUSTRIES) {
      expect(industry.code).toMatch(/^\d{5}$/);
      expect(industry.name.fi && industry.name.sv && industry.name.en).toBeTruthy();
      expect(industry.riskWeight).toBeGreaterThan(0);
    }
  });

  it('covers every sector, so each has industries to draw from', () => {
    for (const sector of SECTORS) expect(industriesInSector(sector).length, sector).toBeGreaterThan(0);
  });

  it('contains the high-risk sectors named in FACTS.md §7', () => {
    for (const code of [
      '41200',
      '43999',
      '81210',
      '81220',
      '56101',
      '55101',
      '01250',
      '01132',
      '02300',
      '45201',
    ]) {
      expect(findIndustry(code)?.highRisk, code).toBe(true);
    }
    for (const code of ['96021', '96022', '49410', '53200', '10110', '52100', '78200']) {
      expect(findIndustry(code)?.highRisk, code).toBe(true);
    }
  });

  it('gives the high-risk industries most of the sampling weight', () => {
    const total = TOL_INDUSTRIES.reduce((sum, i) => sum + i.riskWeight, 0);
    const highRisk = TOL_INDUSTRIES.filter((i) => i.highRisk).reduce((sum, i) => sum + i.riskWeight, 0);
    expect(highRisk / total).toBeGreaterThan(0.6);
    expect(TOL_INDUSTRIES.some((i) => !i.highRisk)).toBe(true);
  });
});

describe('lookups', () => {
  it('findIndustry accepts dotted codes and rejects unknown ones', () => {
    expect(findIndustry('56.101')?.name.fi).toBe('Ravintolat');
    expect(findIndustry('81210')?.name.en).toBe('General cleaning of buildings');
    expect(findIndustry('99999')).toBeUndefined();
  });

  it('isHighRiskTolCode works on prefixes', () => {
    expect(isHighRiskTolCode('43341')).toBe(true);
    expect(isHighRiskTolCode('62010')).toBe(false);
    expect(HIGH_RISK_TOL_PREFIXES).toContain('812');
  });
});

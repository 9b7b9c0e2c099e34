/**
 * The disclosure engine on constructed configurations (expired, not-yet-valid and proposed rules,
 * precedence between refusals and permissions) and on malformed requests.
 */
import { describe, expect, it } from 'vitest';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
import type { CompetenceConfig, DisclosureRule } from './competence.schemas.ts';
import { decideDisclosure } from './engine.ts';
import type { DisclosureRequest } from './engine.types.ts';

const AT = '2026-02-01';
const config = SHIPPED_COMPETENCE_CONFIG;

const ask = (
  from: AuthorityCode,
  to: AuthorityCode,
  categories: string[],
  purpose: string,
  initiative: 'request' | 'own' = 'request',
  extra: Partial<DisclosureRequest> = {},
) => ({ from, to, categories, purpose, initiative, ...extra });

/** A copy of the shipped configuration with one rule changed. */
function withRule(id: string, change: Partial<DisclosureRule>): CompetenceConfig {
  const copy = structuredClone(config);
  copy.rules = copy.rules.map((r) => (r.id === id ? { ...r, ...change } : r));
  return copy;
}

describe('decideDisclosure — dates and precedence on constructed configurations', () => {
  const contractor = ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own', {
    at: AT,
  });

  it('an expired rule no longer allows', () => {
    const expired = withRule('tax-osh-own-18-1-4', { validTo: '2025-12-31' });
    expect(decideDisclosure(expired, contractor).allowed).toBe(false);
    expect(decideDisclosure(expired, { ...contractor, at: '2025-12-31' }).allowed).toBe(true);
  });

  it('a rule not yet valid does not allow until its first day', () => {
    const future = withRule('tax-osh-own-18-1-4', { validFrom: '2030-01-01' });
    expect(decideDisclosure(future, contractor).allowed).toBe(false);
    expect(decideDisclosure(future, { ...contractor, at: '2030-01-01' }).allowed).toBe(true);
  });

  it('a proposed rule never allows, even when it is the only match', () => {
    const proposed = withRule('tax-osh-own-18-1-4', { status: 'proposed' });
    const d = decideDisclosure(proposed, contractor);
    expect(d.allowed).toBe(false);
    expect(d.proposedOnly.map((p) => p.id)).toContain('tax-osh-own-18-1-4');
  });

  it('a refusal for a named purpose beats a permission for any purpose', () => {
    const copy = structuredClone(config);
    const ban = copy.rules.find((r) => r.id === 'nas-tax-client-data-not-allowed') as DisclosureRule;
    copy.rules.push({
      ...ban,
      id: 'test-ban',
      from: 'tax',
      to: 'osh',
      categories: ['tax_information'],
      purposes: ['contractor_liability_supervision'],
    });
    expect(decideDisclosure(copy, contractor).allowed).toBe(false);
  });

  it('a permission for a named purpose beats a refusal for any purpose (lex specialis)', () => {
    const copy = structuredClone(config);
    const ban = copy.rules.find((r) => r.id === 'nas-tax-client-data-not-allowed') as DisclosureRule;
    copy.rules.push({
      ...ban,
      id: 'test-ban',
      from: 'tax',
      to: 'osh',
      categories: ['tax_information'],
      purposes: [],
    });
    expect(decideDisclosure(copy, contractor).allowed).toBe(true);
    const minimum = decideDisclosure(copy, {
      ...contractor,
      purpose: 'minimum_terms_supervision',
      initiative: 'request',
    });
    expect(minimum.allowed).toBe(true); // 4 b names the purpose: more specific than the generic refusal
  });

  it('at equal specificity the refusal wins', () => {
    const copy = structuredClone(config);
    const ban = copy.rules.find((r) => r.id === 'nas-tax-client-data-not-allowed') as DisclosureRule;
    copy.rules.push({
      ...ban,
      id: 'test-ban',
      from: 'police',
      to: 'osh',
      categories: ['police_information'],
      purposes: [],
    });
    const d = decideDisclosure(
      copy,
      ask('police', 'osh', ['police_information'], 'business_prohibition', 'request', { at: AT }),
    );
    expect(d.allowed).toBe(false);
    expect(d.ruleVersions.map((r) => r.id)).toEqual(['test-ban']);
  });

  it('an unverified rule relied on is flagged', () => {
    const unverified = withRule('tax-osh-own-18-1-4', { verified: false });
    expect(decideDisclosure(unverified, contractor).unverified).toBe(true);
  });
});

describe('decideDisclosure — malformed requests', () => {
  const good = ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own', { at: AT });

  it.each([
    ['from', { from: 'nobody' as AuthorityCode }],
    ['to', { to: 'nobody' as AuthorityCode }],
    ['categories', { categories: ['tax_information', 'secret_sauce'] }],
    ['purpose', { purpose: 'curiosity' }],
    ['confirmed', { confirmed: ['a_hunch'] }],
  ])('an unknown %s throws UnknownCodeError', (field, change) => {
    const run = () => decideDisclosure(config, { ...good, ...change });
    expect(run).toThrow(UnknownCodeError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code: 'unknown_code', field });
    }
  });

  it('an authority code missing from the configuration is unknown too', () => {
    const copy = structuredClone(config);
    copy.authorities = copy.authorities.filter((a) => a.code !== 'ombudsman');
    expect(() => decideDisclosure(copy, { ...good, to: 'ombudsman' })).toThrow(UnknownCodeError);
  });

  it.each([['2026-02-30'], ['1.2.2026'], ['']])('the date %j throws InvalidRequestError', (at) => {
    expect(() => decideDisclosure(config, { ...good, at })).toThrow(InvalidRequestError);
  });

  it('an empty category list throws InvalidRequestError', () => {
    expect(() => decideDisclosure(config, { ...good, categories: [] })).toThrow(InvalidRequestError);
  });
});

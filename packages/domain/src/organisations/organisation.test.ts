import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import {
  checkOrganisationLinks,
  checkOrganisationParent,
  ORGANISATION_FIELD_LABELS,
  OrganisationKind,
  OrganisationRole,
  validateOrganisation,
} from './organisation.js';

const gwangju = {
  code: 'GWANGJU-CITY',
  name: { ko: '광주광역시', en: 'Gwangju Metropolitan City' },
  kind: 'CITY',
};

describe('code lists', () => {
  it('lists every organisation kind the seed needs, the city itself included', () => {
    expect(OrganisationKind.codes).toEqual([
      'CITY',
      'CITY_DEPARTMENT',
      'MINISTRY',
      'AGENCY',
      'PUBLIC_CORPORATION',
      'COMPANY',
      'UNIVERSITY',
      'RESEARCH_INSTITUTE',
      'FOUNDATION',
      'SPORTS_CLUB',
    ]);
    expect(OrganisationRole.codes).toEqual(['LEAD', 'PARTNER', 'OPERATOR', 'FUNDER', 'INVESTOR']);
    expect(OrganisationRole.label('LEAD', 'ko')).toBe('주관');
  });
});

describe('validateOrganisation', () => {
  it('accepts the city with defaults filled in', () => {
    expect(validateOrganisation(gwangju)).toEqual({
      ok: true,
      value: {
        ...gwangju,
        name: { ko: '광주광역시', en: 'Gwangju Metropolitan City' },
        description: null,
        visibility: 'PUBLIC',
        sourceIds: [],
        parentId: null,
      },
    });
  });

  it('accepts a department under the city', () => {
    const result = validateOrganisation({
      code: 'GWANGJU-AI-INDUSTRY-BUREAU',
      name: { ko: '인공지능산업실' },
      kind: 'CITY_DEPARTMENT',
      parentId: 'org-gwangju',
      visibility: 'INTERNAL',
    });
    expect(result.ok && result.value.parentId).toBe('org-gwangju');
    expect(result.ok && result.value.name.en).toBeNull();
  });

  it('refuses a missing Korean name, an unknown kind, a bad code and unknown fields', () => {
    const result = validateOrganisation({
      code: 'ggm corp',
      name: { en: 'GGM' },
      kind: 'BANK',
      website: 'x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.issues.map((i) => `${i.field}:${i.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'code:INVALID_FORMAT',
        'name.ko:REQUIRED',
        'kind:UNKNOWN_CODE',
        'website:INVALID',
      ]),
    );
    const kind = result.issues.find((i) => i.field === 'kind')!;
    expect(formatIssue(kind, 'en', ORGANISATION_FIELD_LABELS)).toContain('Allowed: CITY, CITY_DEPARTMENT');
  });
});

describe('checkOrganisationLinks', () => {
  it('accepts one lead, partners, and several roles for one organisation', () => {
    expect(
      checkOrganisationLinks([
        { organisationId: 'city', role: 'LEAD' },
        { organisationId: 'city', role: 'FUNDER' },
        { organisationId: 'gist', role: 'PARTNER' },
      ]),
    ).toEqual([]);
  });

  it('refuses a second lead and a role given twice', () => {
    expect(
      checkOrganisationLinks([
        { organisationId: 'city', role: 'LEAD' },
        { organisationId: 'gist', role: 'PARTNER' },
        { organisationId: 'gist', role: 'PARTNER' },
        { organisationId: 'ggm', role: 'LEAD' },
      ]),
    ).toEqual([
      { field: 'links.2', code: 'DUPLICATE', params: { value: 'gist' } },
      { field: 'links.3.role', code: 'DUPLICATE', params: { value: 'LEAD' } },
    ]);
  });
});

describe('checkOrganisationParent', () => {
  const parents: Record<string, string | null> = { city: null, bureau: 'city', team: 'bureau' };
  it('refuses making the city a child of its own team', () => {
    expect(checkOrganisationParent('city', 'team', (id) => parents[id])?.code).toBe('CYCLE');
    expect(checkOrganisationParent('team', 'city', (id) => parents[id])).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { iso27001, iso27002 } from '../../../src/engine/catalogs/iso27001.js';
import { TOPICAL_DOMAINS } from '../../../src/engine/catalogs/topical-domains.js';
import { InputError } from '../../../src/engine/errors.js';
import { selectControls } from '../../../src/engine/evaluate/domains.js';

const sorted = (ids: Iterable<string>) =>
  [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('topical domains', () => {
  it.each([
    ['access-control', '5.3 5.15 5.16 5.17 5.18 8.2 8.3 8.4 8.5 8.18'],
    ['cryptography', '8.24'],
    ['network-security', '8.20 8.21 8.22 8.23'],
    ['supplier-security', '5.19 5.20 5.21 5.22 5.23 8.30'],
    ['incident-management', '5.24 5.25 5.26 5.27 5.28 6.8'],
    ['business-continuity', '5.29 5.30 8.13 8.14'],
    ['physical-security', '5.37 6.7 7.1 7.2 7.3 7.4 7.5 7.6 7.7 7.8 7.9 7.10 7.11 7.12 7.13 7.14'],
    ['hr-security', '5.4 6.1 6.2 6.3 6.4 6.5 6.6'],
    ['asset-management', '5.9 5.10 5.11 5.14 5.33 5.37 6.5 6.7 7.3 7.8 7.9 7.10 7.13 7.14 8.1 8.14'],
    ['secure-development', '5.8 8.4 8.25 8.26 8.27 8.28 8.29 8.30 8.31 8.32 8.33'],
    ['logging-and-monitoring', '8.15 8.16 8.17'],
    ['vulnerability-management', '5.7 8.7 8.8 8.9 8.19'],
    ['privacy', '5.34 8.10 8.11 8.12'],
    ['governance', '5.1 5.2 5.3 5.4 5.5 5.6 5.8 5.24'],
  ])('%s is exactly %s', (name, ids) => {
    expect(sorted(selectControls([name], iso27001)!)).toEqual(ids.split(' '));
  });

  it('has the fourteen domains the issue names, each naming only existing controls', () => {
    expect(TOPICAL_DOMAINS).toHaveLength(14);
    const ids = new Set(iso27001.controls.map((c) => c.id));
    for (const domain of TOPICAL_DOMAINS) {
      expect(domain.controls.filter((id) => !ids.has(id))).toEqual([]);
      expect(new Set(domain.controls).size).toBe(domain.controls.length);
    }
  });

  it("selects the seed's access-control,cryptography as 11 controls, 5.15-5.18, 8.2-8.5 and 8.24 among them", () => {
    const selected = selectControls(['access-control', 'cryptography'], iso27001)!;
    expect(selected.size).toBe(11);
    for (const id of ['5.15', '5.16', '5.17', '5.18', '8.2', '8.3', '8.4', '8.5', '8.24']) {
      expect(selected.has(id)).toBe(true);
    }
  });

  it.each(['governance', 'asset_management', 'physical_security'])(
    'gives %s the same controls as the ISO 27002 operational capability of that name',
    (value) => {
      const carrying = iso27001.controls.filter((c) =>
        c.attributes?.operational_capabilities?.includes(value),
      );
      expect(sorted(selectControls([value], iso27001)!)).toEqual(carrying.map((c) => c.id));
    },
  );
});

describe('--domains names', () => {
  it('accepts themes, attribute values with _ or -, and type:value', () => {
    expect(selectControls(['Technological'], iso27002)!.size).toBe(34);
    const iam = iso27001.controls.filter((c) =>
      c.attributes?.operational_capabilities?.includes('identity_and_access_management'),
    );
    expect(iam).toHaveLength(11);
    expect(sorted(selectControls(['identity_and_access_management'], iso27002)!)).toEqual(
      iam.map((c) => c.id),
    );
    expect(sorted(selectControls(['identity-and-access-management'], iso27002)!)).toEqual(
      iam.map((c) => c.id),
    );
    expect(selectControls(['corrective'], iso27002)!.size).toBe(
      iso27001.controls.filter((c) => c.attributes?.control_type?.includes('corrective')).length,
    );
    expect(selectControls(['operational-capability:governance'], iso27002)!.size).toBe(8);
    expect(selectControls(['security-domain:resilience'], iso27002)!.has('5.30')).toBe(true);
  });

  it('rejects an unknown name, listing every valid one by kind', () => {
    let error: unknown;
    try {
      selectControls(['acess-control', 'cryptography'], iso27001);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Unknown domain "acess-control" for ISO\/IEC 27001:2022 Annex A\. Valid domains: theme: organizational, people, physical, technological; topical domain: access-control, cryptography, network-security, /,
    );
    for (const name of [
      ...TOPICAL_DOMAINS.map((d) => d.name),
      'preventive',
      'identity-and-access-management',
      'resilience',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).toContain('qualified attribute value: control-type:preventive');
  });
});

describe('problems reported together', () => {
  it('lists an unknown domain with the controls file problems', async () => {
    const { csv, gate } = await import('../../helpers/gate.js');
    let error: unknown;
    try {
      gate(csv('id,status', ['5.1,maybe']), { domains: ['acces-control'] });
    } catch (e) {
      error = e;
    }
    const problems = (error as InputError).problems.map((p) => p.message.slice(0, 40));
    expect(problems).toEqual([
      'unknown status "maybe" for control 5.1; ',
      'Unknown domain "acces-control" for ISO/I',
    ]);
  });
});

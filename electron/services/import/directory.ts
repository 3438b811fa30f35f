import type { OfficeNames, OrganisationNames } from '../../../db/queries/import';
import { fold } from './fold';

/**
 * Organisations and offices named in a file, matched to the directory's own case- and accent-insensitively, by a
 * name or acronym in any language ("OIM" finds IOM, "Organisation internationale pour les migrations" too).
 */
export class DirectoryNames {
  private readonly organisations = new Map<string, number>();
  private readonly officeByName = new Map<string, number>();
  private readonly officeByCity = new Map<string, number | null>();

  constructor(organisations: readonly OrganisationNames[], offices: readonly OfficeNames[]) {
    for (const o of organisations) {
      for (const text of [...Object.values(o.name), ...Object.values(o.acronym)]) {
        const key = text ? fold(text) : '';
        if (key && !this.organisations.has(key)) this.organisations.set(key, o.id);
      }
    }
    for (const f of offices) {
      for (const text of Object.values(f.name)) {
        const key = text ? `${f.organisationId}|${fold(text)}` : '';
        if (key && !this.officeByName.has(key)) this.officeByName.set(key, f.id);
      }
      for (const text of new Set(Object.values(f.city).map((c) => (c ? fold(c) : '')))) {
        if (!text) continue;
        const key = `${f.organisationId}|${text}`;
        // Two offices of one organisation in one city: the city alone does not say which.
        this.officeByCity.set(key, this.officeByCity.has(key) ? null : f.id);
      }
    }
  }

  /** "International Organization for Migration (IOM)" is tried whole, then as its name and its acronym. */
  organisationId(name: string | null): number | null {
    if (!name) return null;
    const whole = this.organisations.get(fold(name));
    if (whole !== undefined) return whole;
    const parts = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
    if (!parts) return null;
    return this.organisations.get(fold(parts[1]!)) ?? this.organisations.get(fold(parts[2]!)) ?? null;
  }

  /** The organisation's office with this name, else its only office in this city. */
  officeId(organisationId: number | null, office: string | null, city: string | null): number | null {
    if (organisationId === null) return null;
    if (office) {
      const byName = this.officeByName.get(`${organisationId}|${fold(office)}`);
      if (byName !== undefined) return byName;
    }
    if (city) return this.officeByCity.get(`${organisationId}|${fold(city)}`) ?? null;
    return null;
  }

  remember(name: string, id: number) {
    this.organisations.set(fold(name), id);
  }
}

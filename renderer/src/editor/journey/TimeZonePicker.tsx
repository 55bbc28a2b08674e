// The send window's time zone, chosen from the IANA zones this system knows (grouped by
// region, each with its offset now), so the field can neither be mistyped nor cut off.
import { useMemo } from 'react';

interface Zone {
  id: string;
  city: string;
  offset: string;
}

let zonesByRegion: Map<string, Zone[]> | null = null;

/** Every zone once, worked out on first use (a few hundred formatters). */
function allZones(): Map<string, Zone[]> {
  if (zonesByRegion) return zonesByRegion;
  const ids = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  const now = new Date();
  zonesByRegion = new Map();
  for (const id of ids) {
    const [region, ...rest] = id.split('/');
    const offset = new Intl.DateTimeFormat('en', { timeZone: id, timeZoneName: 'shortOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const key = rest.length > 0 ? region! : 'UTC';
    zonesByRegion.set(key, [...(zonesByRegion.get(key) ?? []), { id, city: (rest.length > 0 ? rest.join(' / ') : id).replaceAll('_', ' '), offset }]);
  }
  return zonesByRegion;
}

export function TimeZonePicker({ value, onChange, label }: { value: string; onChange(zone: string): void; label: string }) {
  const regions = useMemo(() => [...allZones()].sort(([a], [b]) => a.localeCompare(b)), []);
  const known = regions.some(([, zones]) => zones.some((z) => z.id === value));
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} data-testid="setting-time-zone">
      {/* A zone this system does not list (from another machine's file) stays as it is. */}
      {!known && <option value={value}>{value}</option>}
      {regions.map(([region, zones]) => (
        <optgroup key={region} label={region}>
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.city} ({zone.offset})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

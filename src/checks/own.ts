/**
 * A profile's maps (per official, per rule, per field) are looked up by keys that come from a profile file: a
 * key such as "constructor", "toString" or "__proto__" must be an ordinary key, never something every object
 * inherits. Every lookup goes through `own`; validated maps have no prototype besides (profile.ts).
 */
export function own<V>(map: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

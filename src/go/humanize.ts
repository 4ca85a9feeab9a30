/** The byte-size text forms Talos uses (go-humanize's ParseBytes and Bytes). */

const SIZES: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  p: 1e15,
  pb: 1e15,
  e: 1e18,
  eb: 1e18,
  ki: 2 ** 10,
  kib: 2 ** 10,
  mi: 2 ** 20,
  mib: 2 ** 20,
  gi: 2 ** 30,
  gib: 2 ** 30,
  ti: 2 ** 40,
  tib: 2 ** 40,
  pi: 2 ** 50,
  pib: 2 ** 50,
  ei: 2 ** 60,
  eib: 2 ** 60,
};

/** `10GB`, `10 GiB`, `1.5TB`, `42`; undefined when not a size. */
export function parseBytes(s: string): number | undefined {
  const m = s.trim().match(/^([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*([A-Za-z]*)$/);
  if (!m) return undefined;
  const num = Number(m[1]!.replaceAll(',', ''));
  const mult = SIZES[m[2]!.toLowerCase()];
  if (mult === undefined || !Number.isFinite(num)) return undefined;
  const v = num * mult;
  return v >= 2 ** 64 ? undefined : Math.floor(v);
}

/** humanize.Bytes: SI units, one decimal below 10 (`1.5 GB`, `10 GB`, `512 B`). */
export function formatBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  const text = val < 10 ? val.toFixed(1) : val.toFixed(0);
  return `${text} ${units[e]}`;
}

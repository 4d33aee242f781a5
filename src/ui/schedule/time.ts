/* Dates and times of slots as the school's time zone shows them, for grouping and labels. */

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone });
  } catch {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
  }
}

/** The local date of an instant, as YYYY-MM-DD. */
export function localDate(iso: string, zone: string): string {
  const parts = formatter(zone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "Tuesday, December 1, 2026" for a YYYY-MM-DD date. */
export function dayLabel(date: string): string {
  const at = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return formatter("UTC", {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
  }).format(at);
}

/** "1:00 – 1:20 PM" style: the slot's start and end in the zone. */
export function timeRange(iso: string, minutes: number, zone: string): string {
  const format = formatter(zone, { hour: "numeric", minute: "2-digit" });
  const start = new Date(iso);
  const end = new Date(start.getTime() + minutes * 60_000);
  return `${format.format(start)} – ${format.format(end)}`.replace(/[\u2009\u202f]/g, " ");
}

export function hasStarted(iso: string, now = Date.now()): boolean {
  return Date.parse(iso) <= now;
}

/** Learn dates are `MM/DD/YYYY` in front matter and `YYYY-MM-DD` on rendered pages: both → ISO. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

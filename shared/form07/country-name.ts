// A country's name as a Vietnamese authority's form writes it ("Đài Loan", "Trung Quốc"), from its ISO code.
import vi from 'i18n-iso-countries/langs/vi.json';

export function countryNameVi(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const names = (vi.countries as Record<string, string | string[]>)[code];
  if (!names) return null;
  // Where the table gives an official long name and a short one, a form uses the usual name ("Hoa Kỳ").
  if (code === 'US') return 'Hoa Kỳ';
  return Array.isArray(names) ? names[0] : names;
}

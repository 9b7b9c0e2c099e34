/**
 * A target's address as one line. The server gives `address` as "street, postal code" and the
 * municipality apart; in a Finnish postal address the municipality follows the postal code after a
 * space ("Peltotie 4, 52700 Mäntyharju"), otherwise after a comma.
 */
export function placeLine(address: string | null, municipality: string | null): string {
  if (!address) return municipality ?? '';
  if (!municipality) return address;
  return /\b\d{5}$/.test(address) ? `${address} ${municipality}` : `${address}, ${municipality}`;
}

// Saved documents as earlier versions of the app wrote them, for tests that start a device from
// one (shared by the Playwright specs and the WebDriver engines).

/** A document as the app before version 7 saved it: one station of the old first id `st-1`,
 *  with one contact, every field stamped (2025-06-01). */
export function oldDocument(name, contact, phone) {
  const at = Date.parse('2025-06-01T10:00:00+09:00');
  const row = '/stations/#st-1/contacts/#row-old';
  return JSON.stringify({
    app: 'onshi-navi', schema: 6, current: 'st-1',
    stations: [{
      id: 'st-1', name, items: {}, records: {},
      contacts: [{ id: 'row-old', name: contact, phone, kind: 'support', memo: '' }],
    }],
    clock: Object.fromEntries([
      '/stations/#st-1/name', '/stations/#st-1/contacts/#order',
      `${row}/id`, `${row}/name`, `${row}/phone`, `${row}/kind`, `${row}/memo`,
    ].map((path) => [path, at])),
  });
}

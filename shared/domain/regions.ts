/**
 * Region codes follow Kemendagri numbering and are text: `PP.KK.CC` for a kecamatan and
 * `PP.KK.CC.XNNN` for a kelurahan/desa. Dots and leading zeros are part of the code.
 */
export interface Region {
  code: string;
  name: string;
  /** 1 province, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa. */
  level: 1 | 2 | 3 | 4;
  parent_code: string | null;
}

/** The level of a Kemendagri code, from its number of dot-separated parts. */
export function levelOfCode(code: string): Region['level'] {
  const parts = code.split('.').length;
  if (parts < 1 || parts > 4) throw new Error(`Kode wilayah tidak dikenal: ${code}`);
  return parts as Region['level'];
}

/** The parent code of a Kemendagri code, or null for a province. */
export function parentOfCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** Builds a Region from a `kode,nama` pair, as in the Kemendagri list. */
export function toRegion(code: string, name: string): Region {
  return { code, name, level: levelOfCode(code), parent_code: parentOfCode(code) };
}

const KECAMATAN: Array<[string, string, Array<[string, string]>]> = [
  ['01', 'Gadingrejo', [['1001', 'Karangketug'], ['1002', 'Gentong'], ['1003', 'Sebani'], ['1004', 'Petahunan'], ['1005', 'Bukir'], ['1006', 'Randusari'], ['1007', 'Krapyakrejo'], ['1009', 'Gadingrejo']]],
  ['02', 'Purworejo', [['1001', 'Pohjentrek'], ['1002', 'Wirogunan'], ['1003', 'Tembokrejo'], ['1004', 'Purutrejo'], ['1005', 'Kebonagung'], ['1006', 'Purworejo'], ['1011', 'Sekargadung']]],
  ['03', 'Bugul Kidul', [['1001', 'Blandongan'], ['1002', 'Kepel'], ['1003', "Tapa'an"], ['1005', 'Bakalan'], ['1006', 'Krampyangan'], ['1009', 'Bugul Kidul']]],
  ['04', 'Panggungrejo', [['1001', 'Karanganyar'], ['1002', "Tamba'an"], ['1003', 'Trajeng'], ['1004', 'Bangilan'], ['1005', 'Kebonsari'], ['1006', 'Mayangan'], ['1007', 'Ngemplakrejo'], ['1008', 'Petamanan'], ['1009', 'Pekuncen'], ['1010', 'Bugul Lor'], ['1011', 'Kandangsapi'], ['1012', 'Panggungrejo'], ['1013', 'Mandaranrejo']]],
];

/** The built-in region list: Kota Pasuruan (35.75), its 4 kecamatan and 34 kelurahan. */
export const KOTA_PASURUAN_REGIONS: readonly Region[] = [
  toRegion('35', 'Jawa Timur'),
  toRegion('35.75', 'Kota Pasuruan'),
  ...KECAMATAN.flatMap(([kc, kname, kels]) => [
    toRegion(`35.75.${kc}`, kname),
    ...kels.map(([kl, lname]) => toRegion(`35.75.${kc}.${kl}`, lname)),
  ]),
];

import type { JenisGroup } from './jenis-groups';

/**
 * One keyword of the jenis-usaha dictionary. The keyword is matched as whole words in the normalised
 * free text (`las` matches "bengkel las" but not "kelas"); the longest matching keyword wins, so
 * "warung kopi" beats "warung". `label` names the jenis usaha for sentra tables (variants such as
 * `warkop` and `warung kopi` share one label); `kbli` is a KBLI 2020 division, or null when unclear.
 */
export interface DictionaryEntry {
  keyword: string;
  label: string;
  group: JenisGroup;
  kbli: string | null;
}

type Row = [keyword: string, label: string, kbli: string | null];

const BY_GROUP: Record<Exclude<JenisGroup, 'lainnya'>, Row[]> & { lainnya: Row[] } = {
  makanan_minuman: [
    ['warkop', 'Warung kopi', '56'], ['warung kopi', 'Warung kopi', '56'], ['kedai kopi', 'Warung kopi', '56'],
    ['warung makan', 'Warung makan', '56'], ['rumah makan', 'Warung makan', '56'], ['depot', 'Warung makan', '56'],
    ['warteg', 'Warung makan', '56'], ['catering', 'Katering', '56'], ['katering', 'Katering', '56'],
    ['nasi', 'Nasi', '56'], ['nasi pecel', 'Nasi pecel', '56'], ['pecel', 'Nasi pecel', '56'], ['soto', 'Soto', '56'],
    ['bakso', 'Bakso', '56'], ['pentol', 'Bakso', '56'], ['mie ayam', 'Mie ayam', '56'], ['rujak', 'Rujak', '56'],
    ['rujak cingur', 'Rujak', '56'], ['lontong', 'Lontong', '56'], ['gorengan', 'Gorengan', '56'], ['sate', 'Sate', '56'],
    ['es', 'Es/minuman', '56'], ['es degan', 'Es degan', '56'], ['es teh', 'Es/minuman', '56'], ['jus', 'Jus', '56'],
    ['angkringan', 'Angkringan', '56'], ['cafe', 'Kafe', '56'], ['kafe', 'Kafe', '56'],
    ['keripik', 'Keripik', '10'], ['kripik', 'Keripik', '10'], ['kerupuk', 'Kerupuk', '10'], ['krupuk', 'Kerupuk', '10'],
    ['rengginang', 'Rengginang', '10'], ['kue', 'Kue', '10'], ['kue basah', 'Kue basah', '10'], ['kue kering', 'Kue kering', '10'],
    ['jajan', 'Kue', '10'], ['jajanan', 'Kue', '10'], ['roti', 'Roti', '10'], ['bakery', 'Roti', '10'], ['tempe', 'Tempe', '10'],
    ['tahu', 'Tahu', '10'], ['sambal', 'Sambal', '10'], ['sambel', 'Sambal', '10'], ['abon', 'Abon', '10'],
    ['kopi bubuk', 'Kopi bubuk', '10'], ['frozen food', 'Makanan beku', '10'], ['camilan', 'Camilan', '10'],
    ['cemilan', 'Camilan', '10'], ['snack', 'Camilan', '10'], ['dodol', 'Dodol', '10'], ['terasi', 'Terasi', '10'],
    ['petis', 'Petis', '10'], ['ikan asin', 'Ikan asin', '10'], ['olahan', 'Makanan olahan', '10'],
    ['makanan', 'Makanan', null], ['minuman', 'Minuman', '11'], ['sari buah', 'Minuman sari buah', '11'],
    ['air minum', 'Air minum', '11'], ['depot air', 'Depot air minum', '11'], ['jamu', 'Jamu', null], ['madu', 'Madu', null],
  ],
  kerajinan: [
    ['kerajinan', 'Kerajinan', null], ['rajut', 'Rajut', null], ['rajutan', 'Rajut', null], ['mutiara', 'Mutiara', '32'],
    ['anyaman', 'Anyaman', '16'], ['anyaman bambu', 'Anyaman bambu', '16'], ['bambu', 'Anyaman bambu', '16'],
    ['rotan', 'Anyaman rotan', '16'], ['limbah kayu', 'Kerajinan limbah kayu', '16'], ['kain perca', 'Kain perca', null],
    ['perca', 'Kain perca', null], ['bordir', 'Bordir', '13'], ['sulam', 'Bordir', '13'], ['manik', 'Manik-manik', '32'],
    ['manik manik', 'Manik-manik', '32'], ['souvenir', 'Suvenir', '32'], ['suvenir', 'Suvenir', '32'],
    ['aksesoris', 'Aksesoris', '32'], ['gerabah', 'Gerabah', null], ['tas', 'Tas', null],
  ],
  batik: [
    ['batik', 'Batik', '13'], ['batik tulis', 'Batik tulis', '13'], ['batik cap', 'Batik cap', '13'],
    ['batik printing', 'Batik printing', '13'], ['jumputan', 'Batik jumputan', '13'],
  ],
  mebel: [
    ['mebel', 'Mebel', '31'], ['meubel', 'Mebel', '31'], ['mebeler', 'Mebel', '31'], ['furniture', 'Mebel', '31'],
    ['furnitur', 'Mebel', '31'], ['mebel craft', 'Mebel craft', '31'], ['kaligrafi', 'Kaligrafi', null],
    ['kusen', 'Kusen', '16'], ['ukir', 'Ukiran kayu', '16'], ['ukiran', 'Ukiran kayu', '16'], ['kayu', 'Barang kayu', '16'],
    ['tukang kayu', 'Barang kayu', '16'],
  ],
  logam: [
    ['logam', 'Logam', '25'], ['las', 'Bengkel las', '25'], ['bengkel las', 'Bengkel las', '25'], ['pande besi', 'Pande besi', '25'],
    ['besi', 'Barang besi', '25'], ['aluminium', 'Aluminium', '25'], ['alumunium', 'Aluminium', '25'],
    ['kerajinan aluminium', 'Aluminium', '25'], ['kerajinan logam', 'Logam', '25'], ['bubut', 'Bubut', '25'],
    ['teralis', 'Teralis', '25'], ['pagar besi', 'Teralis', '25'],
  ],
  pracangan: [
    ['pracangan', 'Pracangan', '47'], ['peracangan', 'Pracangan', '47'], ['prancangan', 'Pracangan', '47'],
    ['toko kelontong', 'Toko kelontong', '47'], ['kelontong', 'Toko kelontong', '47'], ['klontong', 'Toko kelontong', '47'],
    ['warung', 'Warung', '47'], ['toko', 'Toko', '47'], ['kios', 'Kios', '47'], ['sembako', 'Toko sembako', '47'],
    ['toko sembako', 'Toko sembako', '47'], ['minimarket', 'Toko kelontong', '47'], ['warung sembako', 'Toko sembako', '47'],
  ],
  jasa: [
    ['jasa', 'Jasa', null], ['potong rambut', 'Potong rambut', '96'], ['pangkas rambut', 'Potong rambut', '96'],
    ['cukur', 'Potong rambut', '96'], ['barbershop', 'Potong rambut', '96'], ['barber', 'Potong rambut', '96'],
    ['salon', 'Salon', '96'], ['rias', 'Rias pengantin', '96'], ['rias pengantin', 'Rias pengantin', '96'], ['make up', 'Rias pengantin', '96'],
    ['laundry', 'Laundry', '96'], ['binatu', 'Laundry', '96'], ['jasa pengiriman', 'Jasa pengiriman', '53'],
    ['ekspedisi', 'Jasa pengiriman', '53'], ['kurir', 'Jasa pengiriman', '53'], ['jahit', 'Penjahit', '14'],
    ['penjahit', 'Penjahit', '14'], ['konveksi', 'Konveksi', '14'], ['bengkel', 'Bengkel', null],
    ['bengkel motor', 'Bengkel motor', '45'], ['tambal ban', 'Tambal ban', '45'], ['cuci motor', 'Cuci kendaraan', '45'],
    ['service', 'Servis', '95'], ['servis', 'Servis', '95'], ['reparasi', 'Servis', '95'], ['service elektronik', 'Servis elektronik', '95'],
    ['servis hp', 'Servis HP', '95'], ['fotokopi', 'Fotokopi', '82'], ['foto copy', 'Fotokopi', '82'], ['fotocopy', 'Fotokopi', '82'],
    ['sablon', 'Sablon', '18'], ['percetakan', 'Percetakan', '18'], ['fotografi', 'Fotografi', '74'], ['foto', 'Fotografi', '74'],
    ['rental', 'Rental', '77'], ['sewa', 'Rental', '77'], ['ojek', 'Ojek', null], ['pijat', 'Pijat', '96'],
  ],
  lainnya: [
    ['pulsa', 'Pulsa', '47'], ['konter', 'Pulsa', '47'], ['counter', 'Pulsa', '47'], ['pakaian', 'Pakaian', '47'],
    ['baju', 'Pakaian', '47'], ['sayur', 'Sayur', '47'], ['buah', 'Buah', '47'], ['ikan', 'Ikan', '47'],
    ['daging', 'Daging', '47'], ['ayam potong', 'Ayam potong', '47'], ['bangunan', 'Toko bangunan', '47'],
    ['online shop', 'Toko daring', '47'], ['olshop', 'Toko daring', '47'], ['ternak', 'Peternakan', null],
  ],
};

/** The dictionary shipped with the program: sensible Indonesian defaults for the seed's groups. */
export const DEFAULT_DICTIONARY: readonly DictionaryEntry[] = (Object.keys(BY_GROUP) as JenisGroup[]).flatMap((group) =>
  BY_GROUP[group].map(([keyword, label, kbli]) => ({ keyword, label, group, kbli })),
);

/** What one index means and which direction is better, for the k chart's legend. */
export interface IndexNote {
  key: 'inertia' | 'silhouette' | 'calinski_harabasz' | 'davies_bouldin' | 'stability_ari';
  label: string;
  better: 'higher' | 'lower' | 'elbow';
  note: string;
}

/** What each index of the k chart means and which direction is better (Bahasa Indonesia, for the screen). */
export const INDEX_NOTES: readonly IndexNote[] = [
  {
    key: 'inertia',
    label: 'Inersia (jumlah kuadrat jarak dalam klaster)',
    better: 'elbow',
    note: 'Selalu turun bila k naik; cari "siku", titik setelah penurunannya melandai.',
  },
  {
    key: 'silhouette',
    label: 'Silhouette rata-rata',
    better: 'higher',
    note: 'Makin tinggi makin baik (-1 sampai 1): anggota dekat dengan klasternya sendiri dan jauh dari klaster lain.',
  },
  {
    key: 'calinski_harabasz',
    label: 'Calinski-Harabasz',
    better: 'higher',
    note: 'Makin tinggi makin baik: rasio sebaran antar-klaster terhadap sebaran di dalam klaster.',
  },
  {
    key: 'davies_bouldin',
    label: 'Davies-Bouldin',
    better: 'lower',
    note: 'Makin rendah makin baik (0 = terbaik): rata-rata kemiripan tiap klaster dengan klaster terdekatnya.',
  },
  {
    key: 'stability_ari',
    label: 'Stabilitas (Adjusted Rand Index)',
    better: 'higher',
    note: 'Makin mendekati 1 makin stabil: hasil dengan titik awal atau seed lain tetap sama.',
  },
];

/**
 * One colour per cluster, the same in every chart and table of a run. Tableau 10: distinct hues
 * that stay apart for the common colour-vision deficiencies up to k = 6 or so; labels and numbers
 * always carry the cluster too, so colour is never the only cue.
 */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** The colour of cluster `cluster` (0-based); repeats after ten. */
export function clusterColor(cluster: number): string {
  return PALETTE[cluster % PALETTE.length] as string;
}

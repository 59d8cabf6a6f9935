// The bundled Plotly has no type declarations; the app uses only what plotly-types.ts describes.
declare module 'plotly.js-dist-min' {
  const Plotly: import('./plotly-types').PlotlyApi;
  export default Plotly;
}

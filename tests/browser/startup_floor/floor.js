// The floor of the start-up measure (see floor.html): what the page-side signal of
// startup_profile.mjs costs on this machine before any app work - the HTML, one script,
// Chromium's GPU process and a WebGL2 context, a cleared 1280x800 frame (and, with ?wasm=1,
// the app's wasm downloaded and compiled while the context is made). It signals readiness
// the way loader.js does.
'use strict';
(async function () {
  const withWasm = new URLSearchParams(location.search).get('wasm') === '1';
  const compiled = withWasm ? WebAssembly.compileStreaming(fetch('atlas.wasm')) : Promise.resolve(null);
  const canvas = document.getElementById('canvas');
  canvas.width = Math.round(innerWidth * devicePixelRatio);
  canvas.height = Math.round(innerHeight * devicePixelRatio);
  const gl = canvas.getContext('webgl2');
  await compiled;
  requestAnimationFrame(() => {
    gl.clearColor(0.05, 0.08, 0.12, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    document.documentElement.dataset.atlasReady = 'true';
    window.dispatchEvent(new Event('atlas-ready'));
  });
})();

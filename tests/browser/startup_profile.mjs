// Page-side start-up measurement shared by startup_compare.mjs (not a test).
// The signal (issue 13 item 1): navigation start until <html data-atlas-ready>, then two
// animation frames and a one-pixel readback = "first complete frame". An init script
// times the phases from the page's side, so it works on any build of the site (the
// baseline too) without changes to the app:
//   webgl2_check  the first getContext('webgl2') call (the loader's check);
//   downloads     first to last byte of the start-up files (Resource Timing);
//   wasm          WebAssembly.instantiate / instantiateStreaming, call to resolve;
//   shaders       time spent inside compileShader/linkProgram/get*Parameter calls;
//   font_atlas    the animation frame that uploads the font texture (atlas build + upload);
//   ready_frame   the animation frame that ends with readiness (data parse + engine/scene
//                 build); data_parse = the app's own timings_ms.dataset_total within it;
//   first_frames  readiness until two animation frames and a readback have completed.
// Bytes: Resource Timing transferSize (gzip body + headers) of everything fetched by then.

export function instrument() {
  const T = (window.__startup = { t: {}, shaders: 0, shaderCalls: 0, frames: [], gl: [], fontFrame: null, readyFrame: null });
  const now = () => performance.now();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const t0 = now();
    const r = getContext.call(this, type, attrs);
    if (/webgl2/.test(type)) {
      T.gl.push({ start: t0, end: now() });
      if (r) (T.contexts ??= new Set()).add(r);
    }
    return r;
  };
  const proto = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  if (proto) {
    for (const name of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter']) {
      const f = proto[name];
      proto[name] = function (...args) {
        const t0 = now();
        try { return f.apply(this, args); } finally { T.shaders += now() - t0; T.shaderCalls++; T.t.shaders_last = now(); }
      };
    }
    const texImage2D = proto.texImage2D;
    proto.texImage2D = function (...args) {
      const r = texImage2D.apply(this, args);
      // ImGui's font atlas: the first large RGBA upload after the font file arrived.
      if (args.length >= 9 && args[3] >= 256 && args[4] >= 64 && T.frame && !T.fontFrame) T.fontFrame = T.frame;
      return r;
    };
  }
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = function (...args) {
      const t0 = now();
      T.t.wasm_start ??= t0;
      return f.apply(this, args).then((r) => { T.t.wasm_end ??= now(); return r; });
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const frame = { start: now() };
    T.frame = frame;
    try { cb(ts); } finally {
      frame.end = now();
      T.frame = null;
      if (T.t.wasm_start && T.frames.length < 400) T.frames.push(frame);
    }
  });
  window.addEventListener('atlas-ready', () => { T.t.ready = now(); T.readyFrame = T.frame; });
}

// Loads the page once in `browser` and returns the figures (milliseconds from navigation start).
export async function measureStartup(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => document.documentElement.dataset.atlasReady === 'true' || document.documentElement.dataset.atlasError,
      null, { timeout: 120000, polling: 'raf' });
    return await page.evaluate(async () => {
      const error = document.documentElement.dataset.atlasError;
      if (error) throw new Error(error);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const gl = document.getElementById('canvas').getContext('webgl2');
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      const complete = performance.now();
      const T = window.__startup;
      const resources = performance.getEntriesByType('resource');
      const nav = performance.getEntriesByType('navigation')[0];
      const fetched = resources.filter((r) => r.responseEnd <= complete);
      const startupFiles = fetched.filter((r) => /\/(atlas\.wasm|data\/.*\.json|fonts\/.*)$/.test(r.name));
      const round = (x) => Math.round(x * 10) / 10;
      const state = window.atlasTest ? window.atlasTest.query('state') : null; // none on the floor page
      const span = (f) => (f ? round(f.end - f.start) : null);
      const check = T.gl[0];
      return {
        complete: round(complete),
        ready: round(T.t.ready),
        webgl2_contexts: T.contexts ? T.contexts.size : 0,
        webgl2_check_start: check ? round(check.start) : null,
        webgl2_check: check ? round(check.end - check.start) : null,
        downloads_start: round(Math.min(...startupFiles.map((r) => r.startTime))),
        downloads_end: round(Math.max(...startupFiles.map((r) => r.responseEnd))),
        wasm_start: round(T.t.wasm_start),
        wasm_end: round(T.t.wasm_end),
        wasm: round(T.t.wasm_end - T.t.wasm_start),
        shaders: round(T.shaders),
        shader_calls: T.shaderCalls,
        font_atlas_frame: span(T.fontFrame),
        ready_frame: span(T.readyFrame ? { start: T.readyFrame.start, end: T.t.ready } : null),
        data_parse: state ? round(state.timings_ms.dataset_total) : null,
        first_frames: round(complete - T.t.ready),
        first_frame_after_ready: (() => { const f = T.frames.find((x) => x.start >= T.t.ready && x.end - x.start > 1); return f ? round(f.end - f.start) : null; })(),
        frames_before_ready: T.frames.filter((f) => f.end <= T.t.ready).length,
        busy_frames_before_ready: round(T.frames.filter((f) => f.end <= T.t.ready).reduce((s, f) => s + f.end - f.start, 0)),
        files: fetched.length + 1,
        transfer_bytes: fetched.reduce((s, r) => s + r.transferSize, 0) + (nav ? nav.transferSize : 0),
        body_bytes: fetched.reduce((s, r) => s + r.encodedBodySize, 0) + (nav ? nav.encodedBodySize : 0),
      };
    });
  } finally {
    await context.close();
  }
}

export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Page loader for Twinning Atlas (no inline script: the CSP forbids it).
// 1. checks WebGL2 first and shows a readable message instead of a blank page; meanwhile
//    the browser downloads what index.html preloads (manifest.json with the file sizes
//    written at build time, atlas.js, the wasm and the start-up files);
// 2. takes those downloads (fetch() gets the preloaded responses) with progress in percent;
// 3. compiles the wasm while it streams (WebAssembly.compileStreaming);
// 4. starts the Emscripten module with the compiled wasm (instantiateWasm);
// 5. answers the app's file requests (platform_web.cpp) from those downloads;
// 6. keeps the URL hash in step with the app (history push/replace, back/forward);
// 6b. settings kept on the device (localStorage "atlas-setting:<key>", e.g. the language) and
//    the browser's languages (navigator.languages), for platform.h load_setting /
//    save_setting / preferred_languages; whether the primary pointer is a finger
//    (pointer: coarse), for platform.h touch_screen;
// 7. exposes readiness as <html data-atlas-ready="true"> and the event "atlas-ready";
// 8. exports: downloads through a blob URL and <a download>, pictures encoded as PNG by a
//    canvas, and the printable town profile handed to profile.html in a new tab through
//    localStorage (platform.h save_file, save_png, open_town_profile);
// 9. presenter mode's fullscreen (Fullscreen API; leaving it, e.g. by the browser's own Esc,
//    is noticed through fullscreenchange) and the tour kept on the device (localStorage);
// 10. a council's own list, dropped on the page or chosen in the file picker (SDL2's web
//    backend does not deliver dropped files), read with File.arrayBuffer() and handed to the
//    app (platform.h take_user_file).
// 11. a lost WebGL context (webglcontextlost: its default prevented, so that the browser
//    restores it) and its restoration reach the app in order (platform.h take_graphics_event);
//    the app's notice (in its language) shows over the page meanwhile.
'use strict';
(function () {
  const DOWNLOAD_SHARE = 0.85; // of the progress bar; the rest is parsing in the app
  const el = (id) => document.getElementById(id);
  // The page's own texts, shown before the app runs (or when it cannot), in the language the
  // app will choose: the link's lang=, then the device's choice, then the browser's languages
  // (the order of app/core/language_choice.h; the app's texts come from its string table).
  const PAGE_TEXTS = {
    en: {
      starting: 'Starting…', downloading: 'Downloading', listLink: 'All partnerships as a list (text version)',
      globe: 'Globe of NRW–UK town partnerships', cannotStart: 'Twinning Atlas cannot start',
      hint: 'Try a current version of Firefox, Chrome, Edge or Safari with hardware acceleration enabled.',
      listText: 'The partnerships are also a', listName: 'plain list',
      failed: (what) => 'The app failed to start: ' + what, noWasm: 'This browser does not support WebAssembly.',
      noManifest: (what) => 'Could not read the site manifest (' + what + ').',
      notLoaded: (what) => 'The app could not be loaded (' + what + ').',
      aborted: (what) => 'The app stopped unexpectedly (' + what + ').',
      noScript: (name) => 'Could not load ' + name + '.',
      noWebGL2: 'This browser or device does not offer WebGL2, which the 3D globe needs.',
    },
    de: {
      starting: 'Wird gestartet…', downloading: 'Wird geladen', listLink: 'Alle Partnerschaften als Liste (Textfassung)',
      globe: 'Globus der Städtepartnerschaften zwischen NRW und dem Vereinigten Königreich',
      cannotStart: 'Twinning Atlas kann nicht starten',
      hint: 'Bitte eine aktuelle Version von Firefox, Chrome, Edge oder Safari mit eingeschalteter Hardwarebeschleunigung verwenden.',
      listText: 'Die Partnerschaften gibt es auch als', listName: 'einfache Liste',
      failed: (what) => 'Die App konnte nicht starten: ' + what, noWasm: 'Dieser Browser unterstützt kein WebAssembly.',
      noManifest: (what) => 'Das Verzeichnis der Website konnte nicht gelesen werden (' + what + ').',
      notLoaded: (what) => 'Die App konnte nicht geladen werden (' + what + ').',
      aborted: (what) => 'Die App wurde unerwartet beendet (' + what + ').',
      noScript: (name) => name + ' konnte nicht geladen werden.',
      noWebGL2: 'Dieser Browser oder dieses Gerät bietet kein WebGL2, das der 3D-Globus braucht.',
    },
  };
  function pageLanguage() {
    const fromLink = /(?:^#|&)lang=(de|en)(?:&|$)/.exec(window.location.hash);
    if (fromLink) return fromLink[1];
    let stored = '';
    try { stored = localStorage.getItem('atlas-setting:lang') || ''; } catch (e) { /* storage blocked */ }
    if (stored === 'de' || stored === 'en') return stored;
    const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    return preferred.some((tag) => /^de(?:$|[-_])/i.test(tag)) ? 'de' : 'en';
  }
  const lang = pageLanguage();
  const text = PAGE_TEXTS[lang];
  function translatePage() {
    document.documentElement.lang = lang;
    el('list-link').textContent = text.listLink;
    el('canvas').setAttribute('aria-label', text.globe);
    el('loading-stage').textContent = text.starting;
    el('error-title').textContent = text.cannotStart;
    el('error-hint').textContent = text.hint;
    el('error-list-text').textContent = text.listText;
    el('error-list-link').textContent = text.listName;
  }
  // total: the start-up bytes, known from the manifest (until then the bar stays at 0 %).
  const state = { total: Infinity, received: new Map(), parse: 0, stage: text.downloading, ready: false };
  const downloads = new Map(); // name -> Promise<Uint8Array>
  // The core reader's limit (app/core/own_data.h); one byte more is read, so that the app sees
  // a larger file as larger and refuses it with the limit in its message.
  const OWN_DATA_MAX_BYTES = 10 * 1024 * 1024;
  let hashChange = null;
  let fullscreenExited = false;
  const KEPT_TOUR_KEY = 'atlas-tour';

  function render() {
    let got = 0;
    for (const v of state.received.values()) got += v;
    const fraction = Math.min(1, got / state.total) * DOWNLOAD_SHARE + state.parse * (1 - DOWNLOAD_SHARE);
    const percent = Math.floor(fraction * 100);
    el('progress-bar').style.width = percent + '%';
    el('progress-text').textContent = percent + '%';
    el('loading-stage').textContent = state.stage;
    document.documentElement.dataset.atlasProgress = String(percent);
  }

  function fatal(message, browserHint = true) {
    el('loading').hidden = true;
    el('error').hidden = false;
    el('error-hint').hidden = !browserHint;
    el('error-text').textContent = message;
    document.documentElement.dataset.atlasError = message;
  }

  async function download(name, expectedBytes) {
    const response = await fetch(name);
    if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
    if (!response.body || !response.body.getReader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      state.received.set(name, bytes.length);
      render();
      return bytes;
    }
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      state.received.set(name, Math.min(length, expectedBytes || length));
      render();
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
    return bytes;
  }

  function startDownload(name, expectedBytes) {
    if (!downloads.has(name)) {
      const request = download(name, expectedBytes);
      request.catch(() => downloads.delete(name)); // a failed download is fetched afresh when asked again
      downloads.set(name, request);
    }
    return downloads.get(name);
  }

  // --- the bridge the wasm side calls (see app/platform/platform_web.cpp) ---
  window.atlasPage = {
    requestFile(id, name) {
      startDownload(name, 0).then((bytes) => {
        const ptr = Module._malloc(bytes.length || 1);
        Module.HEAPU8.set(bytes, ptr);
        Module.ccall('atlas_file_arrived', null, ['number', 'number', 'number', 'string'], [id, ptr, bytes.length, '']);
      }, (err) => {
        // The reason only ("HTTP 404"): the app names the file in its own words.
        const reason = String(err.message || err).replace(name + ': ', '');
        Module.ccall('atlas_file_arrived', null, ['number', 'number', 'number', 'string'], [id, 0, 0, reason]);
      });
    },
    setHash(hash, push) {
      const url = '#' + hash;
      if (window.location.hash === url) return;
      if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    },
    getHash: () => currentHash(),
    takeHashChange() { const h = hashChange; hashChange = null; return h; },
    touchScreen: () => window.matchMedia('(pointer: coarse)').matches,
    languages: () => Array.from(navigator.languages || [navigator.language || '']).filter((l) => /^[A-Za-z0-9-]{1,35}$/.test(l)),
    progress(stage, fraction) {
      state.stage = stage;
      state.parse = Math.max(0, Math.min(1, fraction));
      render();
    },
    ready() {
      state.ready = true;
      state.parse = 1;
      render();
      el('loading').classList.add('done');
      document.documentElement.dataset.atlasReady = 'true';
      window.dispatchEvent(new Event('atlas-ready'));
    },
    fatal,
    saveFile(name, mime, bytes) { downloadBlob(name, new Blob([bytes], { type: mime })); },
    // The picture export: RGBA pixels from the app, encoded by the browser's own PNG encoder.
    savePng(name, rgba, width, height) {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer), width, height), 0, 0);
      canvas.toBlob((blob) => {
        if (blob) downloadBlob(name, blob);
        else console.warn('the browser could not encode the picture');
      }, 'image/png');
    },
    pickFile() { el('own-data-input').click(); },
    takeGraphicsEvent: () => graphicsEvents.shift() || 0,  // 1 lost, 2 restored, 0 none
    showGraphicsNotice(text) {
      el('graphics-notice').textContent = text;
      el('graphics-notice').hidden = !text;
    },
    // platform.h load_setting / save_setting; storage may be blocked (private modes).
    loadSetting(key) {
      try { return localStorage.getItem('atlas-setting:' + key) || ''; } catch (e) { return ''; }
    },
    saveSetting(key, value) {
      try { localStorage.setItem('atlas-setting:' + key, value); } catch (e) { console.warn('could not keep a setting: ' + e.message); }
    },
    setFullscreen(on) {
      const root = document.documentElement;
      if (on && !document.fullscreenElement && root.requestFullscreen) {
        root.requestFullscreen().catch((e) => console.warn('fullscreen refused: ' + e.message));
      } else if (!on && document.fullscreenElement) {
        document.exitFullscreen().catch(() => {});
      }
    },
    takeFullscreenExit() { const x = fullscreenExited; fullscreenExited = false; return x; },
    keptTour() {
      try { return localStorage.getItem(KEPT_TOUR_KEY) || ''; } catch (e) { return ''; }
    },
    keepTour(json) {
      try { localStorage.setItem(KEPT_TOUR_KEY, json); } catch (e) { console.warn('could not keep the tour: ' + e.message); }
    },
    openProfile(json) {
      const token = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
      try {
        localStorage.setItem('atlas-profile:' + token, json);
      } catch (e) {
        console.warn('could not keep the profile for the new tab: ' + e.message);
        return;
      }
      window.open('profile.html#t=' + token, '_blank', 'noopener');
    },
  };

  function downloadBlob(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: the browser may read the blob after the click has returned.
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  async function giveUserFile(file) {
    if (!state.ready || !file) return;
    const bytes = new Uint8Array(await file.slice(0, OWN_DATA_MAX_BYTES + 1).arrayBuffer());
    const ptr = Module._malloc(bytes.length || 1);
    Module.HEAPU8.set(bytes, ptr);
    Module.ccall('atlas_user_file_arrived', null, ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
  }
  function setUpOwnDataInput() {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'own-data-input';
    input.accept = '.csv,.json,.txt,text/csv,application/json';
    input.hidden = true;
    input.addEventListener('change', () => {
      giveUserFile(input.files[0]);
      input.value = '';
    });
    document.body.appendChild(input);
    window.addEventListener('dragover', (e) => { e.preventDefault(); });
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) giveUserFile(e.dataTransfer.files[0]);
    });
  }
  setUpOwnDataInput();

  const graphicsEvents = [];
  el('canvas').addEventListener('webglcontextlost', (e) => {
    e.preventDefault(); // without it the browser never restores the context
    graphicsEvents.push(1);
  });
  el('canvas').addEventListener('webglcontextrestored', () => { graphicsEvents.push(2); });

  const currentHash = () => window.location.hash.replace(/^#/, '');
  // pushState/replaceState (the app's own writes) fire neither event: these are the user's.
  const noteHashChange = () => { hashChange = currentHash(); };
  window.addEventListener('popstate', noteHashChange);
  document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) fullscreenExited = true; });
  window.addEventListener('hashchange', noteHashChange);
  window.addEventListener('error', (e) => { if (!state.ready) fatal(text.failed(e.message)); });
  window.addEventListener('unhandledrejection', (e) => {
    if (!state.ready) fatal(text.failed(e.reason && e.reason.message || e.reason));
  });

  // Test hook: query the app's state as JSON (used by the browser tests).
  window.atlasTest = {
    query(command) { return JSON.parse(Module.ccall('atlas_test_query', 'string', ['string'], [command || 'state'])); },
  };

  // The check creates the app's own context: the same canvas and the attributes SDL asks
  // for (platform_web.cpp), so SDL's getContext later returns this context instead of
  // creating a second one (each costs hundreds of milliseconds with software GL).
  const kContextAttributes = { alpha: false, depth: false, stencil: false, antialias: false };
  function hasWebGL2() {
    try { return !!el('canvas').getContext('webgl2', kContextAttributes); } catch (e) { return false; }
  }

  // The wasm's response, once its headers are in.
  async function fetchWasm(name) {
    const response = await fetch(name);
    if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
    return response;
  }

  // Compiled while it arrives, by the engine's own threads: the response goes to
  // compileStreaming as it is (no stream of this page's in between, which would stall while
  // the WebGL2 check blocks this thread); a copy of it is counted for the progress bar. Falls
  // back to a whole download where streaming compilation is missing.
  async function compileWasm(name, responsePromise) {
    const response = await responsePromise;
    if (!WebAssembly.compileStreaming || !response.body || !response.body.getReader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      state.received.set(name, bytes.length);
      render();
      return WebAssembly.compile(bytes);
    }
    countBytes(name, response.clone().body.getReader()).catch(() => {});
    return WebAssembly.compileStreaming(response);
  }

  async function countBytes(name, reader) {
    for (let length = 0; ;) {
      const { done, value } = await reader.read();
      if (done) return;
      length += value.length;
      state.received.set(name, length);
      render();
    }
  }

  // The wasm that index.html preloads (web/assemble_site.mjs); null without preloads.
  function preloadedWasm() {
    const link = document.querySelector('link[rel="preload"][href$=".wasm"]');
    return link ? link.getAttribute('href') : null;
  }

  async function start() {
    if (typeof WebAssembly !== 'object') return fatal(text.noWasm);
    // Downloads first: they run in the network stack while the WebGL2 check below blocks.
    const manifestRequest = startDownload('manifest.json', 0).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)));
    manifestRequest.catch(() => {});
    // The preloaded wasm starts compiling before the check, so that it compiles while the
    // check blocks this thread (hundreds of milliseconds while the browser starts its GPU
    // process): its response is awaited first (compileStreaming cannot start on a fetch whose
    // promise this blocked thread has yet to settle).
    const wasm = preloadedWasm();
    const early = wasm ? fetchWasm(wasm) : null;
    if (early) await early.catch(() => {});
    const earlyModule = early ? compileWasm(wasm, early) : null;
    if (earlyModule) earlyModule.catch(() => {});  // told when the app asks for it (instantiateWasm)
    // The check then, not after the manifest's round trip: index.html preloads the manifest,
    // the script and the start-up files, so the browser downloads them meanwhile.
    if (!hasWebGL2()) return fatal(text.noWebGL2);
    let manifest;
    try {
      manifest = await manifestRequest;
    } catch (e) {
      return fatal(text.noManifest(e.message));
    }
    const startup = manifest.files.filter((f) => f.startup);
    state.total = startup.reduce((s, f) => s + f.bytes, 0) || 1;
    for (const f of startup) state.received.set(f.name, 0);
    const module = manifest.wasm === wasm ? earlyModule : compileWasm(manifest.wasm, fetchWasm(manifest.wasm));
    module.catch(() => {});
    for (const f of startup) if (f.name !== manifest.wasm) startDownload(f.name, f.bytes).catch(() => {});
    window.Module = {
      canvas: el('canvas'),
      print: (t) => console.log(t),
      printErr: (t) => console.warn(t),
      instantiateWasm(imports, success) {
        module.then((m) => WebAssembly.instantiate(m, imports).then((instance) => success(instance, m)))
          .catch((e) => fatal(text.notLoaded(e.message)));
        return {};
      },
      onAbort: (what) => fatal(text.aborted(what)),
    };
    const script = document.createElement('script');
    script.src = manifest.script;
    script.onerror = () => fatal(text.noScript(manifest.script));
    document.body.appendChild(script);
    render();
  }

  translatePage();
  start();
})();

// The Playground's live view: Play/Pause, Step and Reset, the counters, the network neuron by neuron,
// the decision boundary with its points and the loss curves, drawn on canvases.
//
// The server sends weights, not pictures: the network is tiny, so the browser runs it on the plane's
// grid itself (the same forward pass as torch, tested against it). While playing, each update brings a
// few snapshots (weights after an epoch, stamped with the seconds of training) and they are played out
// at the display's frame rate, a quarter second behind. Pause, Step and Reset stop the animation on the
// click and tell the server through a trigger; Pause names the epoch on screen, so training goes on from
// exactly what the visitor saw.

const MIN_LATENCY = 0.15; // seconds a snapshot waits at least before its turn on screen
const MAX_LATENCY = 1.5; // and at most: the wait follows the recent gaps between updates, so none runs dry
const MAX_BACKLOG = 2.0; // further behind than this, the animation skips ahead to the newest snapshot
const MAX_CURVE_POINTS = 1000; // the loss curves keep every other point beyond this
const WHITE = [255, 255, 255];
const FONT = "12px 'Source Sans Pro', 'Source Sans 3', sans-serif";
const GRID = "rgba(49, 51, 63, 0.12)";

// ---- the network's math (pure, exported for the tests) ----

const erf = (x) => {
  // Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), enough for float32 outputs
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return sign * y;
};

// name -> (the registry's options, e.g. {negative_slope: 0.01}) -> the function (dlviz/components/activations.py)
export const ACTIVATIONS = {
  relu: () => (x) => (x > 0 ? x : 0),
  tanh: () => Math.tanh,
  sigmoid: () => (x) => 1 / (1 + Math.exp(-x)),
  leaky_relu: (o) => (x) => (x > 0 ? x : o.negative_slope * x),
  gelu: () => (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
};

export const FEATURES = {
  x1: (a, b) => a,
  x2: (a, b) => b,
  x1sq: (a, b) => a * a,
  x2sq: (a, b) => b * b,
  x1x2: (a, b) => a * b,
  sinx1: (a, b) => Math.sin(a),
  sinx2: (a, b) => Math.sin(b),
};

export function decodeFloats(text) {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Float32Array(bytes.buffer);
}

export function planeAxis(extent, resolution) {
  const axis = new Float64Array(resolution);
  for (let i = 0; i < resolution; i++) axis[i] = (((i + 0.5) / resolution) * 2 - 1) * extent;
  return axis;
}

export function gridInputs(features, axis) {
  // every grid point, row by row (y outer, x inner), as the network's input features
  const n = axis.length * axis.length;
  const inputs = new Float64Array(n * features.length);
  let k = 0;
  for (const y of axis) {
    for (const x of axis) {
      for (const name of features) inputs[k++] = FEATURES[name](x, y);
    }
  }
  return inputs;
}

export function unpackLayers(sizes, flat) {
  const layers = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l];
    const outputs = sizes[l + 1];
    const w = flat.subarray(offset, offset + inputs * outputs);
    offset += inputs * outputs;
    const b = flat.subarray(offset, offset + outputs);
    offset += outputs;
    layers.push({ inputs, outputs, w, b });
  }
  return layers;
}

export function forward(layers, activation, inputs, n, options = {}) {
  // every column's outputs (n x width): the inputs, each hidden layer after its activation, the logits
  const act = ACTIVATIONS[activation](options);
  const columns = [inputs];
  let h = inputs;
  layers.forEach((layer, index) => {
    const last = index === layers.length - 1;
    const { inputs: width, outputs, w, b } = layer;
    const y = new Float64Array(n * outputs);
    for (let p = 0; p < n; p++) {
      const row = p * width;
      for (let j = 0; j < outputs; j++) {
        let sum = b[j];
        const wj = j * width;
        for (let i = 0; i < width; i++) sum += w[wj + i] * h[row + i];
        y[p * outputs + j] = last ? sum : act(sum);
      }
    }
    columns.push(y);
    h = y;
  });
  return columns;
}

export function boundaryValues(logits, n, classes) {
  // p(class 1) - p(class 0) for two classes, the value for regression, else the class and its probability
  if (classes === 0) return { value: Float64Array.from(logits) };
  const value = new Float64Array(n);
  const confidence = new Float64Array(n);
  const predicted = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const row = p * classes;
    let top = -Infinity;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      if (logits[row + k] > top) {
        top = logits[row + k];
        best = k;
      }
    }
    let total = 0;
    for (let k = 0; k < classes; k++) total += Math.exp(logits[row + k] - top);
    if (classes === 2) value[p] = (Math.exp(logits[row + 1] - top) - Math.exp(logits[row] - top)) / total;
    else value[p] = best;
    confidence[p] = 1 / total;
    predicted[p] = best;
  }
  return classes === 2 ? { value } : { value, predicted, confidence };
}

// ---- colours (the same arithmetic as dlviz/playground/colors.py) ----

export function hexColor(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

const mix = (base, amount) => WHITE.map((w, i) => Math.round(w + (base[i] - w) * amount));

export function divergingColor(value, reach, orange, blue) {
  const share = Math.max(-1, Math.min(1, (Number.isFinite(value) ? value : 0) / reach));
  return share >= 0 ? mix(blue, share) : mix(orange, -share);
}

function writeDiverging(target, at, value, reach, orange, blue, paler) {
  // divergingColor (then mixed with white by paler, as colors.paler does) written into RGBA pixels
  let share = Number.isFinite(value) ? value / reach : 0;
  share = share > 1 ? 1 : share < -1 ? -1 : share;
  const base = share >= 0 ? blue : orange;
  const amount = share >= 0 ? share : -share;
  for (let c = 0; c < 3; c++) {
    const colour = Math.round(255 + (base[c] - 255) * amount);
    target[at + c] = paler === 1 ? colour : Math.round(255 + (colour - 255) * paler);
  }
  target[at + 3] = 255;
}

export function boundaryPixels(boundary, n, classes, colors) {
  // each grid point's background colour (RGBA), as colors.boundary_colors paints it
  const orange = hexColor(colors.orange);
  const blue = hexColor(colors.blue);
  const palette = colors.classes.map(hexColor);
  const pale = colors.background;
  const pixels = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    if (!boundary.predicted) {
      writeDiverging(pixels, p * 4, boundary.value[p], 1, orange, blue, pale);
      continue;
    }
    const share = 1 / classes;
    const sure = Math.max(0, Math.min(1, (boundary.confidence[p] - share) / (1 - share)));
    const amount = 0.15 + 0.85 * sure;
    const base = palette[boundary.predicted[p]];
    for (let c = 0; c < 3; c++) {
      const colour = Math.round(255 + (base[c] - 255) * amount);
      pixels[p * 4 + c] = Math.round(255 + (colour - 255) * pale);
    }
    pixels[p * 4 + 3] = 255;
  }
  return pixels;
}

function neuronPixels(values, count, index, reach, orange, blue, side, target, column) {
  // one neuron's outputs as a side x side picture, highest y on top, written into target at column
  const stride = target.width * 4;
  for (let r = 0; r < side; r++) {
    const row = (side - 1 - r) * side;
    for (let c = 0; c < side; c++) {
      writeDiverging(target.data, r * stride + (column + c) * 4, values[(row + c) * count + index], reach, orange, blue, 1);
    }
  }
}

function neuronReach(values, count, index, n) {
  let reach = 1;
  for (let p = 0; p < n; p++) {
    const v = Math.abs(values[p * count + index]);
    if (v > reach) reach = v;
  }
  return reach;
}

// ---- small drawing helpers ----

function niceTicks(lo, hi, target = 5) {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / target;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * 0.999);
  const ticks = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(10)));
  return { ticks, label: (v) => (Math.abs(v) < step * 1e-6 ? "0" : String(Number(v.toPrecision(4)))) };
}

function sizeCanvas(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

const element = (tag, className, parent, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
};

const finite = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

// ---- the view ----

class PlaygroundView {
  constructor(root, trigger) {
    this.root = root;
    this.trigger = trigger;
    this.queue = [];
    this.shown = null; // {e, w, l}: the snapshot on screen
    this.curve = { e: [], train: [], test: [] };
    this.version = null;
    this.staticId = null;
    this.anchor = null; // display seconds minus training seconds
    this.frozen = false; // a click stopped the animation; the server has not answered yet
    this.actions = 0;
    this.counters = { frames: 0, updates: 0, drawing: 0 };
    this.gaps = [];
    this.latency = MIN_LATENCY;
    this.scratch = document.createElement("canvas");
    this.build();
    this.loop = this.loop.bind(this);
    this.resizes = new ResizeObserver(() => this.layout());
    this.resizes.observe(root);
  }

  build() {
    const root = this.root;
    root.textContent = "";
    const bar = element("div", "dlviz-pg-bar", root);
    const buttons = element("div", "dlviz-pg-buttons", bar);
    this.playButton = element("button", "dlviz-pg-primary", buttons);
    this.playButton.dataset.role = "play";
    this.stepButton = element("button", "", buttons);
    this.stepButton.dataset.role = "step";
    this.resetButton = element("button", "", buttons);
    this.resetButton.dataset.role = "reset";
    this.playButton.onclick = () => this.act(this.playing() ? "pause" : "play");
    this.stepButton.onclick = () => this.act("step");
    this.resetButton.onclick = () => this.act("reset");
    this.metrics = {};
    const metrics = element("div", "dlviz-pg-metrics", bar);
    for (const name of ["epoch", "train_loss", "test_loss", "accuracy"]) {
      const box = element("div", "dlviz-pg-metric", metrics);
      box.dataset.metric = name;
      this.metrics[name] = { box, label: element("div", "dlviz-pg-label", box), value: element("div", "dlviz-pg-value", box) };
    }
    const body = element("div", "dlviz-pg-body", root);
    const net = element("div", "dlviz-pg-panel", body);
    this.netTitle = element("div", "dlviz-pg-title", net);
    this.diagram = element("canvas", "dlviz-pg-diagram", net);
    this.tip = element("div", "dlviz-pg-tip", net);
    this.netCaption = element("div", "dlviz-pg-caption", net);
    this.enlargeTitle = element("div", "dlviz-pg-title dlviz-pg-enlarge-title", net);
    this.enlarged = element("canvas", "dlviz-pg-enlarged", net);
    const out = element("div", "dlviz-pg-panel", body);
    this.outTitle = element("div", "dlviz-pg-title", out);
    this.boundary = element("canvas", "dlviz-pg-boundary", out);
    this.outCaption = element("div", "dlviz-pg-caption", out);
    this.losses = element("canvas", "dlviz-pg-losses", out);
    this.diagram.addEventListener("mousemove", (event) => this.hover(event));
    this.diagram.addEventListener("mouseleave", () => (this.tip.style.display = "none"));
  }

  playing() {
    return this.pending ? this.pendingPlay : this.serverPlaying;
  }

  act(kind) {
    const n = ++this.actions;
    this.pending = n;
    if (kind === "play") {
      this.pendingPlay = true;
      this.frozen = false;
    } else {
      this.pendingPlay = false;
      this.frozen = true; // the animation stops on the click
      this.queue = [];
      this.stoppedAt = performance.now();
    }
    this.updateButtons();
    this.root.dataset.pending = String(n);
    const action = { kind, n };
    if (this.shown && kind !== "play" && kind !== "reset") action.epoch = this.shown.e;
    this.trigger("action", action);
  }

  updateButtons() {
    const texts = this.static ? this.static.texts : {};
    const playing = this.playing();
    this.playButton.textContent = playing ? texts.pause : texts.play;
    this.playButton.dataset.state = playing ? "playing" : "paused";
    this.stepButton.textContent = texts.step;
    this.resetButton.textContent = texts.reset;
  }

  ask(what) {
    // the server left out what this view lacks (it was mounted by an update meant for a running view)
    if (this.asked === what) return;
    this.asked = what;
    this.trigger("need", what);
  }

  receive(data) {
    if (data.static) this.setStatic(data.static);
    if (!this.static || this.static.id !== data.static_id) return this.ask(`static ${data.static_id}`);
    this.actions = Math.max(this.actions, data.ack || 0);
    if (this.pending && (data.ack || 0) >= this.pending) {
      this.pending = null;
      this.frozen = false;
      this.root.dataset.ack = String(data.ack);
      this.ackedAt = performance.now();
    }
    this.serverPlaying = data.playing;
    this.root.dataset.playing = data.playing ? "true" : "false";
    if (data.version !== this.version) {
      if (!data.base) return this.ask(`base ${data.version}`);
      this.version = data.version;
      this.queue = [];
      this.anchor = null;
      this.curve = {
        e: data.base.curve.e.slice(),
        train: data.base.curve.train.slice(),
        test: data.base.curve.test.slice(),
      };
      this.show({ e: data.base.e, t: null, w: decodeFloats(data.base.w), l: data.base.l }, false);
    }
    this.updateButtons();
    if (this.frozen) return;
    const last = this.queue.length ? this.queue[this.queue.length - 1].e : this.shown ? this.shown.e : -1;
    let fresh = 0;
    for (const frame of data.frames || []) {
      if (frame.e > (this.queue.length ? this.queue[this.queue.length - 1].e : last)) {
        this.queue.push({ e: frame.e, t: frame.t, w: decodeFloats(frame.w), l: frame.l });
        fresh++;
      }
    }
    if (fresh) {
      const now = performance.now() / 1000;
      if (this.arrived !== undefined) this.gaps = [...this.gaps.slice(-7), now - this.arrived];
      this.arrived = now;
      this.latency = Math.min(MAX_LATENCY, Math.max(MIN_LATENCY, 1.2 * Math.max(0, ...this.gaps)));
      this.counters.updates++;
      this.root.dataset.updates = String(this.counters.updates);
      if (!this.running) {
        this.running = true;
        requestAnimationFrame(this.loop);
      }
    }
  }

  setStatic(info) {
    this.static = info;
    this.layers = null;
    this.orange = hexColor(info.colors.orange);
    this.blue = hexColor(info.colors.blue);
    this.boundaryAxis = planeAxis(info.extent, info.resolution);
    this.neuronAxis = planeAxis(info.extent, info.neuron_resolution);
    this.boundaryInputs = gridInputs(info.features, this.boundaryAxis);
    this.neuronInputs = gridInputs(info.features, this.neuronAxis);
    this.points = {
      train: { xy: decodeFloats(info.train.xy), y: decodeFloats(info.train.y) },
      test: { xy: decodeFloats(info.test.xy), y: decodeFloats(info.test.y) },
    };
    const texts = info.texts;
    for (const [name, metric] of Object.entries(this.metrics)) metric.label.textContent = texts[name];
    this.metrics.accuracy.box.style.display = info.classes ? "" : "none";
    this.netTitle.textContent = texts.diagram;
    this.netCaption.textContent = texts.diagram_caption;
    this.outTitle.textContent = texts.output;
    this.outCaption.textContent = texts.boundary_caption;
    this.enlargeTitle.textContent = info.enlarge ? texts.enlarged : "";
    this.enlargeTitle.style.display = this.enlarged.style.display = info.enlarge ? "" : "none";
    this.pointsLayer = null;
    this.updateButtons();
    if (this.shown) this.layout();
  }

  loop(now) {
    const seconds = now / 1000;
    if (this.frozen || !this.queue.length) {
      this.running = false;
      return;
    }
    const newest = this.queue[this.queue.length - 1];
    if (this.anchor === null || newest.t + this.anchor > seconds + MAX_BACKLOG) {
      this.anchor = seconds - this.queue[0].t + this.latency;
      if (newest.t + this.anchor > seconds + MAX_BACKLOG) this.anchor = seconds - newest.t;
    }
    let frame = null;
    while (this.queue.length && this.queue[0].t + this.anchor <= seconds) {
      frame = this.queue.shift();
      this.addCurvePoint(frame);
    }
    if (frame) this.show(frame, true);
    if (!this.queue.length) this.anchor = null; // caught up: the next snapshots set the pace afresh
    requestAnimationFrame(this.loop);
  }

  addCurvePoint(frame) {
    if (!frame.l || (this.curve.e.length && frame.e <= this.curve.e[this.curve.e.length - 1])) return;
    this.curve.e.push(frame.e);
    this.curve.train.push(finite(frame.l[0]));
    this.curve.test.push(finite(frame.l[1]));
    if (this.curve.e.length > MAX_CURVE_POINTS) {
      for (const key of ["e", "train", "test"]) {
        const values = this.curve[key];
        this.curve[key] = values.filter((_, i) => i % 2 === 0 || i === values.length - 1);
      }
    }
  }

  show(frame, counted) {
    const started = performance.now();
    this.shown = frame;
    this.root.dataset.epoch = String(frame.e);
    this.compute();
    this.draw();
    if (counted) {
      this.counters.frames++;
      this.counters.drawing += performance.now() - started;
      this.root.dataset.frames = String(this.counters.frames);
      this.root.dataset.drawing = this.counters.drawing.toFixed(1); // milliseconds spent on frames
    }
  }

  compute() {
    const info = this.static;
    const layers = unpackLayers(info.sizes, this.shown.w);
    const nb = info.resolution * info.resolution;
    const nn = info.neuron_resolution * info.neuron_resolution;
    this.boundaryColumns = forward(layers, info.activation, this.boundaryInputs, nb, info.activation_options);
    this.neuronColumns = forward(layers, info.activation, this.neuronInputs, nn, info.activation_options);
    const logits = this.boundaryColumns[this.boundaryColumns.length - 1];
    this.boundaryResult = boundaryValues(logits, nb, info.classes);
    this.weights = layers;
  }

  layout() {
    if (!this.static || !this.shown) return;
    this.pointsLayer = null;
    this.draw();
  }

  draw() {
    this.text = getComputedStyle(this.root).color || "#31333f";
    this.drawMetrics();
    this.drawDiagram();
    this.drawEnlarged();
    this.drawBoundary();
    this.drawLosses();
  }

  drawMetrics() {
    const l = this.shown.l;
    const text = (v, digits) => (finite(v) === null ? "—" : v.toFixed(digits));
    this.metrics.epoch.value.textContent = this.shown.e.toLocaleString("en-US");
    this.metrics.train_loss.value.textContent = l ? text(l[0], 4) : "—";
    this.metrics.test_loss.value.textContent = l ? text(l[1], 4) : "—";
    this.metrics.accuracy.value.textContent = l && finite(l[2]) !== null ? `${(l[2] * 100).toFixed(1)}%` : "—";
  }

  diagramGeometry() {
    const info = this.static;
    const width = this.diagram.parentElement.clientWidth || 400;
    const sizes = info.sizes;
    const tallest = Math.max(...sizes);
    const left = 40;
    const node = Math.max(18, Math.min(34, Math.floor((width - left - 8) / (sizes.length * 2.2))));
    const gap = Math.round(node * 0.4);
    const top = 22;
    const height = top + tallest * node + (tallest - 1) * gap + 8;
    const span = sizes.length > 1 ? (width - left - node - 8) / (sizes.length - 1) : 0;
    const middle = top + (height - top - 8) / 2;
    const centres = sizes.map((size, column) =>
      Array.from({ length: size }, (_, row) => [left + node / 2 + column * span, middle + (row - (size - 1) / 2) * (node + gap)]),
    );
    return { width, height, node, centres };
  }

  drawDiagram() {
    const info = this.static;
    const geometry = this.diagramGeometry();
    this.geometry = geometry;
    const { width, height, node, centres } = geometry;
    const ctx = sizeCanvas(this.diagram, width, height);
    let largest = 0;
    for (const layer of this.weights) for (const v of layer.w) largest = Math.max(largest, Math.abs(v) || 0);
    largest = largest || 1;
    const groups = new Map();
    this.weights.forEach((layer, l) => {
      for (let j = 0; j < layer.outputs; j++) {
        for (let i = 0; i < layer.inputs; i++) {
          const value = layer.w[j * layer.inputs + i];
          const level = Math.min(4, Math.floor(((Math.abs(value) || 0) / largest) * 5));
          const key = `${value >= 0 ? 1 : 0}${level}`;
          if (!groups.has(key)) groups.set(key, []);
          groups.get(key).push([centres[l][i], centres[l + 1][j]]);
        }
      }
    });
    for (const [key, lines] of [...groups.entries()].sort()) {
      const strength = (Number(key[1]) + 1) / 5;
      const rgb = key[0] === "1" ? this.blue : this.orange;
      ctx.strokeStyle = `rgba(${rgb[0]},${rgb[1]},${rgb[2]},${(0.25 + 0.7 * strength).toFixed(2)})`;
      ctx.lineWidth = 0.6 + 3 * strength;
      ctx.beginPath();
      for (const [[x0, y0], [x1, y1]] of lines) {
        ctx.moveTo(x0 + node / 2, y0);
        ctx.lineTo(x1 - node / 2, y1);
      }
      ctx.stroke();
    }
    const side = info.neuron_resolution;
    const n = side * side;
    const count = centres.reduce((total, column) => total + column.length, 0);
    if (!this.tiles || this.tiles.width !== side * count) {
      this.tiles = document.createElement("canvas");
      this.tiles.width = side * count;
      this.tiles.height = side;
      this.tileImage = new ImageData(side * count, side);
    }
    let tile = 0;
    this.neuronColumns.forEach((values, column) => {
      const width = info.sizes[column];
      for (let index = 0; index < width; index++) {
        const reach = neuronReach(values, width, index, n);
        neuronPixels(values, width, index, reach, this.orange, this.blue, side, this.tileImage, tile * side);
        tile++;
      }
    });
    this.tiles.getContext("2d").putImageData(this.tileImage, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.strokeStyle = "#bbbbbb";
    ctx.lineWidth = 1;
    tile = 0;
    centres.forEach((column) => {
      for (const [x, y] of column) {
        ctx.drawImage(this.tiles, tile * side, 0, side, side, x - node / 2, y - node / 2, node, node);
        ctx.strokeRect(Math.round(x - node / 2) + 0.5, Math.round(y - node / 2) + 0.5, node - 1, node - 1);
        tile++;
      }
    });
    ctx.fillStyle = this.text;
    ctx.font = FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "bottom";
    info.texts.columns.forEach((text, column) => {
      const x = Math.min(Math.max(centres[column][0][0], 30), width - 30);
      ctx.fillText(text, x, 16);
    });
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    centres[0].forEach(([x, y], row) => ctx.fillText(info.texts.neurons[0][row], x - node / 2 - 4, y));
  }

  hover(event) {
    if (!this.geometry) return;
    const box = this.diagram.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const { node, centres } = this.geometry;
    let text = null;
    centres.forEach((column, c) =>
      column.forEach(([cx, cy], r) => {
        if (Math.abs(x - cx) <= node / 2 && Math.abs(y - cy) <= node / 2) text = this.static.texts.neurons[c][r];
      }),
    );
    if (text === null) {
      let best = 5;
      this.weights.forEach((layer, l) => {
        for (let j = 0; j < layer.outputs; j++) {
          for (let i = 0; i < layer.inputs; i++) {
            const [x0, y0] = [centres[l][i][0] + node / 2, centres[l][i][1]];
            const [x1, y1] = [centres[l + 1][j][0] - node / 2, centres[l + 1][j][1]];
            const t = Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2 || 1)));
            const distance = Math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0)));
            if (distance < best) {
              best = distance;
              text = `w = ${layer.w[j * layer.inputs + i].toFixed(3)}`;
            }
          }
        }
      });
    }
    this.tip.style.display = text === null ? "none" : "block";
    if (text !== null) {
      this.tip.textContent = text;
      this.tip.style.left = `${x + 12}px`;
      this.tip.style.top = `${this.diagram.offsetTop + y + 12}px`;
    }
  }

  drawEnlarged() {
    const info = this.static;
    if (!info.enlarge) return;
    const [column, index] = info.enlarge;
    const values = this.boundaryColumns[column];
    const count = info.sizes[column];
    const side = info.resolution;
    const n = side * side;
    const reach = neuronReach(values, count, index, n);
    const width = Math.min(this.enlarged.parentElement.clientWidth || 300, 360);
    const plot = width - 70;
    const ctx = sizeCanvas(this.enlarged, width, plot + 8);
    const image = new ImageData(side, side);
    neuronPixels(values, count, index, reach, this.orange, this.blue, side, image, 0);
    if (this.scratch.width !== side) this.scratch.width = this.scratch.height = side;
    this.scratch.getContext("2d").putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.scratch, 0, 4, plot, plot);
    const bar = ctx.createLinearGradient(0, 4, 0, plot + 4);
    bar.addColorStop(0, this.static.colors.blue);
    bar.addColorStop(0.5, "#ffffff");
    bar.addColorStop(1, this.static.colors.orange);
    ctx.fillStyle = bar;
    ctx.fillRect(plot + 10, 4, 12, plot);
    ctx.strokeStyle = "#bbbbbb";
    ctx.strokeRect(plot + 10.5, 4.5, 11, plot - 1);
    ctx.fillStyle = this.text;
    ctx.font = FONT;
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    const label = (v) => String(Number(v.toPrecision(3)));
    ctx.fillText(label(reach), plot + 26, 10);
    ctx.fillText("0", plot + 26, 4 + plot / 2);
    ctx.fillText(label(-reach), plot + 26, plot - 2);
  }

  drawBoundary() {
    const info = this.static;
    const width = Math.min(this.boundary.parentElement.clientWidth || 400, 440);
    const margin = { left: 34, bottom: 40, top: 6, right: 8 };
    const plot = width - margin.left - margin.right;
    const height = plot + margin.top + margin.bottom;
    const ctx = sizeCanvas(this.boundary, width, height);
    const side = info.resolution;
    const n = side * side;
    const pixels = boundaryPixels(this.boundaryResult, n, info.classes, info.colors);
    const image = new ImageData(side, side);
    for (let r = 0; r < side; r++) image.data.set(pixels.subarray((side - 1 - r) * side * 4, (side - r) * side * 4), r * side * 4);
    if (this.scratch.width !== side) this.scratch.width = this.scratch.height = side;
    this.scratch.getContext("2d").putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.scratch, margin.left, margin.top, plot, plot);
    this.root.dataset.boundary = String(hashPixels(pixels));
    if (!this.pointsLayer || this.pointsLayer.width !== Math.round(width * (window.devicePixelRatio || 1))) {
      this.pointsLayer = this.renderPoints(width, height, margin, plot);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.pointsLayer, 0, 0);
  }

  renderPoints(width, height, margin, plot) {
    const info = this.static;
    const layer = document.createElement("canvas");
    const ctx = sizeCanvas(layer, width, height);
    const extent = info.extent;
    const toX = (x) => margin.left + ((x + extent) / (2 * extent)) * plot;
    const toY = (y) => margin.top + ((extent - y) / (2 * extent)) * plot;
    const palette = info.colors.classes;
    const color = (v) => {
      if (info.classes) return palette[v] || "#000";
      const rgb = divergingColor(v, 1, this.orange, this.blue);
      return `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
    };
    const sets = [["train", "#ffffff"]];
    if (info.show_test) sets.push(["test", "#000000"]);
    for (const [name, rim] of sets) {
      const { xy, y } = this.points[name];
      ctx.strokeStyle = rim;
      ctx.lineWidth = 1;
      for (let p = 0; p < y.length; p++) {
        ctx.beginPath();
        ctx.arc(toX(xy[2 * p]), toY(xy[2 * p + 1]), 3, 0, 2 * Math.PI);
        ctx.fillStyle = color(y[p]);
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.strokeStyle = GRID;
    ctx.strokeRect(margin.left + 0.5, margin.top + 0.5, plot - 1, plot - 1);
    ctx.fillStyle = this.text;
    ctx.font = FONT;
    const ticks = niceTicks(-extent, extent, 5);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of ticks.ticks) ctx.fillText(ticks.label(v), toX(v), margin.top + plot + 4);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of ticks.ticks) ctx.fillText(ticks.label(v), margin.left - 4, toY(v));
    const legendY = margin.top + plot + 28;
    ctx.textAlign = "left";
    let x = margin.left;
    for (const [name, rim] of sets) {
      ctx.beginPath();
      ctx.arc(x + 4, legendY, 3.5, 0, 2 * Math.PI);
      ctx.fillStyle = info.classes ? palette[0] : "#999999";
      ctx.fill();
      ctx.strokeStyle = rim === "#ffffff" ? "#999999" : rim;
      ctx.stroke();
      ctx.fillStyle = this.text;
      ctx.fillText(info.texts[name], x + 12, legendY);
      x += 24 + ctx.measureText(info.texts[name]).width + 16;
    }
    return layer;
  }

  drawLosses() {
    const info = this.static;
    const width = this.losses.parentElement.clientWidth || 400;
    const height = 190;
    const ctx = sizeCanvas(this.losses, width, height);
    const text = this.text;
    const box = { left: 44, right: width - 8, top: 26, bottom: height - 34 };
    const curve = this.curve;
    const epochs = curve.e;
    const shown = this.shown.e;
    const last = epochs.length ? Math.max(epochs[epochs.length - 1], shown) : Math.max(shown, 1);
    const xMax = Math.max(last, 5);
    const xt = niceTicks(0, xMax);
    let top = 0;
    for (const values of [curve.train, curve.test]) for (const v of values) if (v !== null && v > top) top = v;
    const yMax = top > 0 ? top * 1.05 : 1;
    const yt = niceTicks(0, yMax, 4);
    const toX = (e) => box.left + (e / xMax) * (box.right - box.left);
    const toY = (v) => box.bottom - (Math.min(v, yMax) / yMax) * (box.bottom - box.top);
    ctx.font = FONT;
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 1;
    ctx.fillStyle = text;
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of yt.ticks) {
      ctx.beginPath();
      ctx.moveTo(box.left, Math.round(toY(v)) + 0.5);
      ctx.lineTo(box.right, Math.round(toY(v)) + 0.5);
      ctx.stroke();
      ctx.fillText(yt.label(v), box.left - 6, toY(v));
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of xt.ticks) if (v <= xMax) ctx.fillText(xt.label(v), toX(v), box.bottom + 4);
    ctx.fillText(info.texts.epoch_axis, (box.left + box.right) / 2, box.bottom + 18);
    ctx.save();
    ctx.translate(10, (box.top + box.bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(info.texts.loss_axis, 0, -6);
    ctx.restore();
    const lines = [
      [curve.train, "#333333", [], info.texts.train_loss],
      [curve.test, "#999999", [2, 3], info.texts.test_loss],
    ];
    ctx.save();
    ctx.beginPath();
    ctx.rect(box.left, box.top - 2, box.right - box.left, box.bottom - box.top + 4);
    ctx.clip();
    for (const [values, color, dash] of lines) {
      ctx.strokeStyle = color;
      ctx.setLineDash(dash);
      ctx.lineWidth = 1.6;
      ctx.beginPath();
      let drawing = false;
      epochs.forEach((e, i) => {
        if (e > shown || values[i] === null) return;
        if (drawing) ctx.lineTo(toX(e), toY(values[i]));
        else ctx.moveTo(toX(e), toY(values[i]));
        drawing = true;
      });
      ctx.stroke();
    }
    ctx.restore();
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    let x = box.left;
    for (const [, color, dash, label] of lines) {
      ctx.strokeStyle = color;
      ctx.setLineDash(dash);
      ctx.beginPath();
      ctx.moveTo(x, 10);
      ctx.lineTo(x + 20, 10);
      ctx.stroke();
      ctx.fillStyle = text;
      ctx.fillText(label, x + 26, 10);
      x += 40 + ctx.measureText(label).width;
    }
    ctx.setLineDash([]);
  }

  destroy() {
    this.resizes.disconnect();
    this.queue = [];
    this.frozen = true;
    if (window.dlvizPlayground === this) delete window.dlvizPlayground;
  }
}

function hashPixels(pixels) {
  let hash = 2166136261;
  for (let i = 0; i < pixels.length; i += 4) hash = Math.imul(hash ^ (pixels[i] | (pixels[i + 1] << 8) | (pixels[i + 2] << 16)), 16777619);
  return hash >>> 0;
}

const VIEWS = new WeakMap();

export function unmount(parentElement) {
  // Streamlit may also call a render's cleanup when a newer render overtook it: only a view whose
  // element has left the page is taken down
  const root = parentElement.querySelector(":scope > .dlviz-pg");
  const view = root && VIEWS.get(root);
  if (view) setTimeout(() => root.isConnected || view.destroy(), 0);
}

export function render(component) {
  const { data, parentElement, setTriggerValue } = component;
  let root = parentElement.querySelector(":scope > .dlviz-pg");
  if (!root) root = element("div", "dlviz-pg", parentElement);
  let view = VIEWS.get(root);
  if (!view) {
    view = new PlaygroundView(root, (name, value) => setTriggerValue(name, value));
    VIEWS.set(root, view);
    window.dlvizPlayground = view;
  }
  view.trigger = (name, value) => setTriggerValue(name, value);
  view.receive(data);
  if (view.shown && !view.running) view.draw();
}

export default render;

// The Training Lab's live curves: three panels drawn on a canvas, redrawn in place whenever the page
// rewrites the JSON in its hidden text element (data.source, inside data.root), so an update never
// remounts anything.

const FONT = "11px 'Source Sans Pro', 'Source Sans 3', sans-serif";
const TITLE_FONT = "14px 'Source Sans Pro', 'Source Sans 3', sans-serif";
const GRID = "rgba(49, 51, 63, 0.12)";
const TOP = 26;
const X_LABELS = 34;
const LEGEND_ROW = 18;

export function niceTicks(lo, hi) {
  if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9)) {
    const pad = Math.abs(lo) * 0.1 || 0.5;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / 5;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * 0.999);
  const ticks = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9 && ticks.length < 50; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
  }
  const plain = step >= 1e-4 && Math.max(Math.abs(lo), Math.abs(hi)) < 1e6;
  const label = (v) => {
    if (Math.abs(v) < step * 1e-6) return "0";
    return plain ? String(Number(v.toPrecision(6))) : Number(v.toPrecision(3)).toExponential();
  };
  return { lo, hi, ticks, label };
}

function extent(values, fromZero) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === Infinity) return [0, 1];
  if (fromZero) lo = Math.min(lo, 0);
  return [lo, hi];
}

function legendRows(ctx, traces, width) {
  const rows = [[]];
  let used = 0;
  for (const trace of traces) {
    const size = 26 + ctx.measureText(trace.name).width + 14;
    if (used + size > width && rows[rows.length - 1].length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push({ trace, x: used });
    used += size;
  }
  return rows;
}

function strokeTrace(ctx, trace, toX, toY) {
  ctx.save();
  ctx.globalAlpha = trace.opacity;
  ctx.strokeStyle = trace.color;
  ctx.fillStyle = trace.color;
  ctx.lineWidth = trace.width;
  ctx.setLineDash(trace.dash ? [6, 4] : []);
  ctx.beginPath();
  let drawing = false;
  trace.x.forEach((x, i) => {
    const y = trace.y[i];
    if (y === null || !Number.isFinite(y)) {
      drawing = false;
      return;
    }
    if (drawing) ctx.lineTo(toX(x), toY(y));
    else ctx.moveTo(toX(x), toY(y));
    drawing = true;
  });
  ctx.stroke();
  if (trace.markers) {
    ctx.setLineDash([]);
    trace.x.forEach((x, i) => {
      const y = trace.y[i];
      if (y === null || !Number.isFinite(y)) return;
      ctx.beginPath();
      ctx.arc(toX(x), toY(y), 2.5, 0, 2 * Math.PI);
      ctx.fill();
    });
  }
  ctx.restore();
}

function drawPanel(ctx, chart, index, box, text) {
  const traces = chart.panels[index];
  const xs = extent(traces.flatMap((t) => t.x), false);
  const ys = extent(traces.flatMap((t) => t.y), chart.from_zero[index]);
  const pad = (ys[1] - ys[0]) * 0.05;
  const xTicks = niceTicks(xs[0], xs[1]);
  const top = chart.y_max[index];
  const yTicks =
    top === null
      ? niceTicks(chart.from_zero[index] ? ys[0] : ys[0] - pad, ys[1] + pad)
      : niceTicks(Math.min(0, ys[0]), top);
  ctx.font = FONT;
  const labelWidth = Math.max(...yTicks.ticks.map((v) => ctx.measureText(yTicks.label(v)).width), 10);
  const left = box.left + labelWidth + 8;
  const right = box.right - 6;
  const toX = (x) => left + ((x - xTicks.lo) / (xTicks.hi - xTicks.lo)) * (right - left);
  const toY = (y) => box.bottom - ((y - yTicks.lo) / (yTicks.hi - yTicks.lo)) * (box.bottom - box.top);

  ctx.fillStyle = text;
  ctx.font = TITLE_FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  ctx.fillText(chart.titles[index], (box.left + box.right) / 2, box.top - 6);

  ctx.font = FONT;
  ctx.strokeStyle = GRID;
  ctx.lineWidth = 1;
  ctx.textBaseline = "middle";
  ctx.textAlign = "right";
  for (const v of yTicks.ticks) {
    const y = Math.round(toY(v)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
    ctx.stroke();
    ctx.fillText(yTicks.label(v), left - 6, y);
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const v of xTicks.ticks) {
    const x = Math.round(toX(v)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, box.top);
    ctx.lineTo(x, box.bottom);
    ctx.stroke();
    ctx.fillText(xTicks.label(v), x, box.bottom + 5);
  }
  ctx.fillText(chart.x_title, (left + right) / 2, box.bottom + 19);

  ctx.save();
  ctx.beginPath();
  ctx.rect(left - 3, box.top - 3, right - left + 6, box.bottom - box.top + 6);
  ctx.clip();
  traces.forEach((trace) => strokeTrace(ctx, trace, toX, toY));
  ctx.restore();
}

function draw(canvas, chart, height) {
  const width = canvas.parentElement.clientWidth;
  if (!width) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const text = getComputedStyle(canvas).color || "#31333F";

  ctx.font = FONT;
  const named = chart.panels.flat().filter((t) => t.name);
  const rows = legendRows(ctx, named, width - 20);
  const legendTop = height - rows.length * LEGEND_ROW - 4;
  const bottom = legendTop - X_LABELS;
  chart.domains.forEach((domain, index) => {
    const box = { left: domain[0] * width, right: domain[1] * width, top: TOP, bottom };
    drawPanel(ctx, chart, index, box, text);
  });

  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  rows.forEach((row, r) => {
    const y = legendTop + r * LEGEND_ROW + LEGEND_ROW / 2;
    for (const { trace, x } of row) {
      strokeTrace(ctx, { ...trace, x: [0, 1], y: [0, 0], markers: false }, (v) => 10 + x + v * 20, () => y);
      ctx.fillStyle = text;
      ctx.fillText(trace.name, 10 + x + 26, y);
    }
  });
  canvas.dataset.draws = String(Number(canvas.dataset.draws || 0) + 1);
}

export default function (component) {
  const { data, parentElement } = component;
  let canvas = parentElement.querySelector("canvas");
  if (!canvas) {
    canvas = document.createElement("canvas");
    canvas.className = "dlviz-live-chart";
    parentElement.appendChild(canvas);
  }
  const root = parentElement.closest(data.root);
  let frame = 0;
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const source = root && root.querySelector(data.source);
      if (!source || !source.textContent) return;
      try {
        draw(canvas, JSON.parse(source.textContent), data.height);
      } catch (error) {
        console.warn("dlviz live chart:", error);
      }
    });
  };
  const mutations = new MutationObserver(redraw);
  if (root) mutations.observe(root, { subtree: true, childList: true, characterData: true });
  const resizes = new ResizeObserver(redraw);
  resizes.observe(parentElement);
  redraw();
  return () => {
    cancelAnimationFrame(frame);
    mutations.disconnect();
    resizes.disconnect();
  };
}

/* milex: the interactive parts of the pages. Every page works without this file: the
   server draws each chart as SVG and keeps every choice in the URL. With it, the overview's
   views are drawn by Vega (served from /static/vendor), the year slider and the ally picker
   change them in place, and the URL follows, so a view can be shared and reloaded. */
"use strict";

(function () {
  const drawn = new Map(); // figure -> Vega view

  function specOf(figure) {
    const spec = JSON.parse(document.getElementById(figure.dataset.spec).textContent);
    const rows = document.getElementById("data-shares"); // one copy of the rows per page
    if (rows && !spec.datasets) spec.datasets = { shares: JSON.parse(rows.textContent) };
    return spec;
  }

  async function draw(figure) {
    if (drawn.has(figure) || typeof vegaEmbed === "undefined") return;
    drawn.set(figure, null);
    const result = await vegaEmbed(figure.querySelector(".view"), specOf(figure), {
      renderer: "svg",
      actions: false,
      ast: true, // Vega's expression interpreter: no eval, so the page's CSP holds
      defaultStyle: false,
      tooltip: { disableDefaultStyle: true },
    });
    drawn.set(figure, result.view);
    focusable(figure);
    figure.classList.add("drawn");
    if (!performance.getEntriesByName("milex:first-chart").length) {
      performance.mark("milex:first-chart"); // read by benchmarks/web_first_render.py
    }
    document.body.dataset.drawn = String(Number(document.body.dataset.drawn || 0) + 1);
  }

  // Each ally on the map can be reached with the keyboard; focus reads its figure out.
  function focusable(figure) {
    const said = figure.querySelector(".focused");
    if (!said) return;
    const mark = () => {
      for (const shape of figure.querySelectorAll(".view path[aria-label]")) {
        if (shape.hasAttribute("tabindex")) continue;
        shape.setAttribute("tabindex", "0");
        shape.addEventListener("focus", () => { said.textContent = shape.getAttribute("aria-label"); });
      }
    };
    mark();
    new MutationObserver(mark).observe(figure.querySelector(".view"), { childList: true, subtree: true });
  }

  function visibleFigures() {
    return [...document.querySelectorAll("figure.interactive")].filter(
      (f) => !f.closest("[hidden]"));
  }

  // --- the URL holds the state -----------------------------------------------------------
  function setParam(name, value) {
    const url = new URL(location.href);
    if (value === null || value === "") url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    history.replaceState(null, "", url);
    for (const a of document.querySelectorAll("a.download, a.embed-link, #tabs a")) {
      const target = new URL(a.href);
      if (name === "view" && !a.closest("#tabs")) continue;
      if (value === null || value === "") target.searchParams.delete(name);
      else target.searchParams.set(name, value);
      a.href = target.pathname + target.search;
    }
  }

  // --- tabs: map, chart, table -----------------------------------------------------------
  function showView(name) {
    for (const panel of document.querySelectorAll(".view-panel")) {
      panel.hidden = panel.dataset.view !== name;
    }
    for (const a of document.querySelectorAll("#tabs a")) {
      if (a.dataset.view === name) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    const field = document.querySelector("#controls input[name=view]");
    if (field) field.value = name;
    setParam("view", name);
    visibleFigures().forEach(draw);
  }

  // --- the year slider: the map follows while dragging, the page reloads on release -------
  function wireYear() {
    const slider = document.getElementById("year");
    if (!slider) return;
    const shown = document.getElementById("year-shown");
    slider.addEventListener("input", () => {
      shown.textContent = slider.value;
      for (const view of drawn.values()) {
        if (view && view.getState().signals && "year" in view.getState().signals) {
          view.signal("year", Number(slider.value)).runAsync();
        }
      }
    });
    slider.addEventListener("change", () => {
      setParam("year", slider.value);
      location.assign(location.href);
    });
  }

  // --- the ally picker: lines drawn in place, the URL keeps the choice --------------------
  function wireAllies() {
    const picker = document.getElementById("allies-picker");
    if (!picker) return;
    const field = document.getElementById("allies-field");
    for (const box of picker.querySelectorAll("input")) box.name = ""; // the URL uses allies=
    picker.addEventListener("change", () => {
      const chosen = [...picker.querySelectorAll("input:checked")].map((b) => b.value);
      field.value = chosen.join(",");
      setParam("allies", field.value);
      const summary = picker.closest("details").querySelector("summary");
      summary.textContent = `Allies on the chart (${chosen.length})`;
      const figure = document.querySelector("figure[data-name=share-lines]");
      const view = figure && drawn.get(figure);
      const lines = chosen.length ? chosen : specOf(figure).params[0].value;
      if (view) view.signal("chosen", lines).runAsync();
    });
  }

  // --- tables sorted by their headings ---------------------------------------------------
  function wireSorting() {
    for (const table of document.querySelectorAll("table[data-sortable]")) {
      const heads = [...table.querySelectorAll("thead th")];
      heads.forEach((th, index) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        button.textContent = th.textContent;
        th.textContent = "";
        th.append(button);
        button.addEventListener("click", () => {
          const down = th.getAttribute("aria-sort") !== "descending";
          heads.forEach((h) => h.removeAttribute("aria-sort"));
          th.setAttribute("aria-sort", down ? "descending" : "ascending");
          const body = table.tBodies[0];
          const key = (row) => {
            const cell = row.children[index];
            const v = cell.dataset.value;
            return v === undefined ? cell.textContent.trim() : v === "" ? null : Number(v);
          };
          const rows = [...body.rows].sort((a, b) => {
            const x = key(a), y = key(b);
            if (x === null) return 1;
            if (y === null) return -1;
            const order = typeof x === "number" ? x - y : String(x).localeCompare(y);
            return down ? -order : order;
          });
          body.append(...rows);
        });
      });
    }
  }

  // --- server-drawn charts: PNG and SVG of the figure's own SVG (title and source inside) ---
  function save(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function svgBlob(svg) {
    const copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const text = new XMLSerializer().serializeToString(copy);
    return new Blob([text], { type: "image/svg+xml" });
  }

  function pngOf(svg, name) {
    const box = svg.viewBox.baseVal;
    const width = (box && box.width) || svg.width.baseVal.value;
    const height = (box && box.height) || svg.height.baseVal.value;
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(image.src);
      canvas.toBlob((blob) => save(blob, name), "image/png");
    };
    image.src = URL.createObjectURL(svgBlob(svg));
  }

  function wireDownloads() {
    document.querySelectorAll("figure.chart:not(.interactive)").forEach((figure, index) => {
      const svg = figure.querySelector("svg");
      const caption = figure.querySelector("figcaption");
      if (!svg || !caption) return;
      const name = `milex-${location.pathname.split("/").filter(Boolean).join("-") || "overview"}-${index + 1}`;
      const span = document.createElement("span");
      span.className = "downloads";
      span.append(" Download: ");
      for (const format of ["png", "svg"]) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link download";
        button.dataset.format = format;
        button.textContent = format.toUpperCase();
        button.addEventListener("click", () =>
          format === "svg" ? save(svgBlob(svg), `${name}.svg`) : pngOf(svg, `${name}.png`));
        span.append(button, format === "png" ? " · " : "");
      }
      caption.append(span);
    });
  }

  function start() {
    for (const a of document.querySelectorAll("#tabs a")) {
      a.addEventListener("click", (event) => {
        event.preventDefault();
        showView(a.dataset.view);
      });
    }
    wireYear();
    wireAllies();
    wireSorting();
    wireDownloads();
    Promise.all(visibleFigures().map(draw)).catch((error) => console.error(error));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

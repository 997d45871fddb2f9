// The query editor: a plain textarea (so typing, selection, undo and screen readers behave as
// the browser makes them) over a highlighted copy of its text, a gutter of line numbers, a list
// of problems and a completion popup. Every edit re-reads the whole text: queries are small, and
// one reading serves highlighting, checking and completion alike.
QX.escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// GraphQL locations count lines from 1 and columns in code points from 1 (spec §2.1, Quarry's lexer).
QX.offsetOf = function (text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  for (let c = 1; c < column && offset < text.length && text[offset] !== "\n"; c++) {
    offset += text.codePointAt(offset) > 0xffff ? 2 : 1;
  }
  return offset;
};

QX.lineColumnOf = function (text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
};

QX.Editor = class {
  constructor(elements) {
    Object.assign(this, elements);
    this.schema = null;
    this.serverErrors = [];
    this.completion = null;
    this.selected = 0;
    this.onRun = () => {};
    this.textarea.addEventListener("input", () => this.changed());
    this.textarea.addEventListener("scroll", () => this.syncScroll());
    this.textarea.addEventListener("keydown", (event) => this.keydown(event));
    this.textarea.addEventListener("click", () => this.closeCompletion());
    // Leaving the editor shows the problems held back while a name was being typed.
    this.textarea.addEventListener("blur", () => { this.closeCompletion(); this.refresh(); });
    // mousedown, not click: a click would first blur the textarea and close the list.
    this.list.addEventListener("mousedown", (event) => {
      const item = event.target.closest("[role=option]");
      if (!item) return;
      event.preventDefault();
      this.accept(Number(item.dataset.index));
    });
    this.problemsList.addEventListener("click", (event) => {
      const item = event.target.closest("[data-offset]");
      if (item) this.moveCaret(Number(item.dataset.offset));
    });
    this.refresh();
  }

  get value() { return this.textarea.value; }

  // A new text is shown from its top, the caret at its start (a loaded query reads from the beginning).
  set value(text) {
    this.textarea.value = text;
    this.textarea.setSelectionRange(0, 0);
    this.textarea.scrollTop = 0;
    this.serverErrors = [];
    this.closeCompletion();
    this.refresh();
  }

  setSchema(schema) { this.schema = schema; this.refresh(); }

  // Errors of a response: [{message, locations: [{line, column}]}]; marked until the next edit.
  setServerErrors(errors) {
    const text = this.value;
    this.serverErrors = errors.filter((e) => e.locations && e.locations.length).map((e) => {
      const offset = QX.offsetOf(text, e.locations[0].line, e.locations[0].column);
      const token = this.reading.tokens.find((t) => t.start <= offset && offset < t.end);
      return { start: offset, end: token ? token.end : offset + 1, message: e.message, server: true };
    });
    this.refresh();
  }

  changed() {
    this.serverErrors = [];
    this.refresh();
    if (this.justAccepted) { this.justAccepted = false; this.closeCompletion(); return; }
    const caret = this.textarea.selectionStart;
    const typed = this.value[caret - 1] || "";
    const inName = /[_A-Za-z0-9]/.test(typed) && this.textarea.selectionEnd === caret;
    // Suggestions follow a name as it is typed; anything else (a space, a bracket) ends them.
    if (inName || typed === "@" || typed === "$") this.openCompletion(false);
    else this.closeCompletion();
  }

  refresh() {
    const text = this.value;
    this.reading = QX.read(text, this.schema);
    const caret = this.textarea.selectionStart;
    // The name being typed is not yet a mistake, and one the server reported is listed once.
    const typing = (p) => p.start <= caret && caret <= p.end && document.activeElement === this.textarea;
    const reported = (p) => this.serverErrors.some((e) => e.start === p.start && e.message === p.message);
    const lint = this.schema ? this.reading.problems.filter((p) => !typing(p) && !reported(p)) : [];
    this.marks = this.serverErrors.concat(lint);
    this.renderHighlight(text);
    this.renderGutter(text);
    this.renderProblems(text);
    this.syncScroll();
  }

  renderHighlight(text) {
    let html = "", at = 0;
    const marked = (start, end) => this.marks.find((m) => m.start < end && start < m.end);
    for (const t of this.reading.tokens) {
      html += QX.escape(text.slice(at, t.start));
      const role = t.kind === "name" ? t.role || "name" : t.kind === "punct" ? t.role || "punct" : t.kind;
      const mark = marked(t.start, t.end);
      html += '<span class="t-' + role + (mark ? " err" : "") + '">' + QX.escape(text.slice(t.start, t.end)) + "</span>";
      at = t.end;
    }
    html += QX.escape(text.slice(at));
    // A mistake past the last token (an unexpected end) is shown as a marked space.
    if (this.marks.some((m) => m.start >= text.length || (m.start >= at && !this.reading.tokens.some((t) => t.start <= m.start && m.start < t.end)))) {
      html += '<span class="err err-end"> </span>';
    }
    this.highlight.innerHTML = html + "\n";
  }

  renderGutter(text) {
    const lines = text.split("\n").length;
    const bad = new Set(this.marks.map((m) => QX.lineColumnOf(text, m.start).line));
    let html = "";
    for (let l = 1; l <= lines; l++) html += bad.has(l) ? '<div class="bad-line">' + l + "</div>" : "<div>" + l + "</div>";
    this.gutter.innerHTML = '<div class="gutter-lines">' + html + "</div>";
  }

  renderProblems(text) {
    this.problemsList.innerHTML = this.marks.map((m) => {
      const at = QX.lineColumnOf(text, m.start);
      return '<li data-offset="' + m.start + '" class="' + (m.server ? "server" : "lint") + '" title="Go to ' + at.line + ":" + at.column + '">' +
        '<span class="where">' + at.line + ":" + at.column + "</span> " + QX.escape(m.message) + "</li>";
    }).join("");
  }

  syncScroll() {
    const { scrollTop, scrollLeft } = this.textarea;
    this.highlight.style.transform = "translate(" + -scrollLeft + "px," + -scrollTop + "px)";
    const lines = this.gutter.firstChild;
    if (lines) lines.style.transform = "translateY(" + -scrollTop + "px)";
    if (this.completion) this.placeCompletion();
  }

  moveCaret(offset) {
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
  }

  // The operation Run sends: the one around the caret when the document holds several.
  operationName() {
    const ops = this.reading.operations;
    if (ops.length <= 1) return ops.length ? ops[0].name : null;
    const caret = this.textarea.selectionStart;
    const around = ops.find((op) => op.start <= caret && caret <= op.end) || ops[0];
    return around.name;
  }

  keydown(event) {
    if (event.isComposing) return; // an input method is composing: its keys are its own
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === "Enter") { event.preventDefault(); this.closeCompletion(); this.onRun(); return; }
    if (this.completion) {
      const count = this.completion.items.length;
      if (event.key === "ArrowDown") { event.preventDefault(); this.select((this.selected + 1) % count); return; }
      if (event.key === "ArrowUp") { event.preventDefault(); this.select((this.selected + count - 1) % count); return; }
      if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); this.accept(this.selected); return; }
      if (event.key === "Escape") { event.preventDefault(); this.closeCompletion(); this.escaped = true; return; }
    }
    if (event.ctrlKey && (event.key === " " || event.code === "Space")) { event.preventDefault(); this.openCompletion(true); return; }
    if (event.key === "Tab" && !event.shiftKey && !mod && !this.escaped) { event.preventDefault(); this.insert("  "); return; }
    if (event.key === "Enter" && !mod && !event.shiftKey && !event.altKey) { event.preventDefault(); this.newline(); return; }
    // Escape then Tab leaves the editor, so the keyboard is never trapped in it.
    this.escaped = event.key === "Escape";
  }

  // Enter keeps the line's indentation, one step deeper after an opening bracket.
  newline() {
    const text = this.value, caret = this.textarea.selectionStart;
    const lineStart = text.lastIndexOf("\n", caret - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))[0];
    const before = text.slice(lineStart, caret).trimEnd();
    const opens = /[{(\[]$/.test(before);
    const closes = /^[ \t]*[})\]]/.test(text.slice(caret));
    if (opens && closes) {
      this.insert("\n" + indent + "  " + "\n" + indent);
      this.moveCaret(caret + 1 + indent.length + 2);
    } else {
      this.insert("\n" + indent + (opens ? "  " : ""));
    }
  }

  // Inserts through the browser's editing command so Undo still works; falls back when refused.
  insert(text, from, to) {
    const ta = this.textarea;
    if (from !== undefined) ta.setSelectionRange(from, to);
    ta.focus();
    if (!document.execCommand("insertText", false, text)) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, "end");
      ta.dispatchEvent(new Event("input"));
    }
  }

  openCompletion(explicit) {
    const caret = this.textarea.selectionStart;
    const inText = this.reading.tokens.find((t) => (t.kind === "comment" || t.kind === "string") && t.start < caret && caret <= t.end);
    const found = inText ? null : QX.complete(this.reading, caret, this.schema);
    if (!found || !found.items.length || (!explicit && !this.completion && found.prefix === "" && !/[@$]/.test(this.value[caret - 1] || ""))) {
      this.closeCompletion();
      return;
    }
    const previous = this.completion && this.completion.items[this.selected];
    this.completion = found;
    const keep = previous ? found.items.findIndex((i) => i.label === previous.label) : -1;
    this.renderCompletion();
    this.select(keep >= 0 ? keep : 0);
    this.box.hidden = false;
    this.textarea.setAttribute("aria-expanded", "true");
    this.placeCompletion();
  }

  renderCompletion() {
    this.list.innerHTML = this.completion.items.slice(0, 200).map((item, i) =>
      '<li role="option" id="completion-' + i + '" data-index="' + i + '" class="' + (item.deprecated ? "deprecated" : "") + '">' +
      '<span class="label">' + QX.escape(item.label) + '</span><span class="detail">' + QX.escape(item.detail || "") + "</span></li>").join("");
  }

  select(index) {
    this.selected = index;
    for (const li of this.list.children) li.setAttribute("aria-selected", String(Number(li.dataset.index) === index));
    const li = this.list.children[index];
    if (li) { li.scrollIntoView({ block: "nearest" }); this.textarea.setAttribute("aria-activedescendant", li.id); }
    const item = this.completion.items[index];
    const doc = item ? (item.deprecated ? "Deprecated" + (item.reason ? ": " + item.reason : "") + ". " : "") + (item.doc || "") : "";
    this.doc.textContent = doc;
    this.doc.hidden = !doc;
  }

  placeCompletion() {
    const metrics = this.metrics();
    const at = QX.lineColumnOf(this.value, this.completion.from);
    const left = this.code.offsetLeft + metrics.padLeft + (at.column - 1) * metrics.charWidth - this.textarea.scrollLeft;
    const top = this.code.offsetTop + metrics.padTop + at.line * metrics.lineHeight - this.textarea.scrollTop;
    const maxLeft = Math.max(0, this.code.offsetLeft + this.code.clientWidth - this.box.offsetWidth - 4);
    this.box.style.left = Math.min(left, maxLeft) + "px";
    const below = top + 2;
    const fits = below + this.box.offsetHeight <= this.code.offsetTop + this.code.clientHeight || top < this.box.offsetHeight + metrics.lineHeight;
    this.box.style.top = (fits ? below : top - metrics.lineHeight - this.box.offsetHeight - 2) + "px";
  }

  metrics() {
    if (!this.measured) {
      const probe = document.createElement("span");
      probe.textContent = "M".repeat(40);
      this.highlight.appendChild(probe);
      const style = getComputedStyle(this.textarea);
      this.measured = {
        charWidth: probe.getBoundingClientRect().width / 40,
        lineHeight: parseFloat(style.lineHeight),
        padLeft: parseFloat(style.paddingLeft),
        padTop: parseFloat(style.paddingTop),
      };
      probe.remove();
    }
    return this.measured;
  }

  closeCompletion() {
    if (!this.completion) return;
    this.completion = null;
    this.box.hidden = true;
    this.textarea.setAttribute("aria-expanded", "false");
    this.textarea.removeAttribute("aria-activedescendant");
  }

  accept(index) {
    const found = this.completion;
    const item = found && found.items[index];
    if (!item) return;
    this.closeCompletion();
    this.justAccepted = true;
    this.insert(item.label, found.from, found.to);
  }
};

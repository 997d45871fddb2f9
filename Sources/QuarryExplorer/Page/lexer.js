// The GraphQL lexer of the editor (spec §2.1). Unlike a compiler's lexer it never fails: text
// that is half typed still yields tokens, so highlighting and completion work while one types.
// A token is {kind, start, end}: offsets into the text, the value sliced only when needed.
QX.tokenize = (function () {
  const PUNCT = "!$&()[]{}:=@|";
  const isNameStart = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
  const isDigit = (c) => c >= "0" && c <= "9";
  const isNameChar = (c) => isNameStart(c) || isDigit(c);

  function readBlockString(text, i) {
    const close = text.indexOf('"""', i + 3);
    return close < 0 ? text.length : close + 3;
  }

  function readString(text, i) {
    let j = i + 1;
    while (j < text.length) {
      const c = text[j];
      if (c === "\\") { j += 2; continue; }
      if (c === '"') return j + 1;
      if (c === "\n" || c === "\r") return j; // unterminated: ends at the line end
      j++;
    }
    return text.length;
  }

  // §2.1.8: IntValue and FloatValue; a trailing name character makes the whole run invalid.
  function readNumber(text, i) {
    let j = i, float = false;
    if (text[j] === "-") j++;
    while (isDigit(text[j])) j++;
    if (text[j] === ".") { float = true; j++; while (isDigit(text[j])) j++; }
    if (text[j] === "e" || text[j] === "E") {
      float = true; j++;
      if (text[j] === "+" || text[j] === "-") j++;
      while (isDigit(text[j])) j++;
    }
    let kind = float ? "float" : "int";
    if (j < text.length && (isNameStart(text[j]) || text[j] === ".")) {
      while (j < text.length && (isNameChar(text[j]) || text[j] === ".")) j++;
      kind = "invalid";
    }
    return { kind, end: j };
  }

  return function tokenize(text) {
    const tokens = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "," || c === "\ufeff") { i++; continue; }
      const start = i;
      if (c === "#") {
        while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
        tokens.push({ kind: "comment", start, end: i });
      } else if (isNameStart(c)) {
        while (i < n && isNameChar(text[i])) i++;
        tokens.push({ kind: "name", start, end: i });
      } else if (isDigit(c) || (c === "-" && isDigit(text[i + 1] || ""))) {
        const number = readNumber(text, i);
        i = number.end;
        tokens.push({ kind: number.kind, start, end: i });
      } else if (text.startsWith('"""', i)) {
        i = readBlockString(text, i);
        tokens.push({ kind: "string", start, end: i });
      } else if (c === '"') {
        i = readString(text, i);
        tokens.push({ kind: "string", start, end: i });
      } else if (text.startsWith("...", i)) {
        i += 3;
        tokens.push({ kind: "punct", start, end: i });
      } else if (PUNCT.includes(c)) {
        i++;
        tokens.push({ kind: "punct", start, end: i });
      } else {
        i++;
        tokens.push({ kind: "invalid", start, end: i });
      }
    }
    return tokens;
  };
})();

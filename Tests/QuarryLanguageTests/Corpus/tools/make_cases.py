#!/usr/bin/env python3
"""Regenerate the parser test corpus data of Quarry (Tests/QuarryLanguageTests/Corpus).

    python3 Corpus/tools/make_cases.py          # rewrite the three JSON files
    python3 Corpus/tools/make_cases.py --check  # only verify that they are up to date

Writes, deterministically (same input -> byte-identical output):

  invalid/cases.json       every invalid document of INVALID_CASES below, with the line, column
                           and message of graphql-core's GraphQLSyntaxError;
  invalid/cases-2025.json  the documents of EDITION_CASES, whose outcome differs between
                           graphql-core (October 2021 edition) and the September 2025 edition;
  valid/index.json         token and definition counts of every valid/*.graphql file.

Reference: graphql-core 3.2.8 (October 2021 edition, close to graphql-js 16). Two independent
checks written here, for the September 2025 edition, run alongside it:

  Lexer2025   a tokenizer of the Sept 2025 lexical grammar; it must count the same tokens as
              graphql-core's Lexer for every valid file;
  Parser2025  a small recursive-descent parser of the Sept 2025 syntactic grammar (with
              descriptions on executable definitions), modelled on graphql-js' error
              positions; it must accept every valid file, reject every case of cases.json at
              the same offset as graphql-core, and it decides which cases belong in
              cases-2025.json. It also counts definitions where graphql-core cannot parse.

Locations: `line`/`column` are computed from graphql-core's error offset
(GraphQLSyntaxError.positions[0], in code points) with the spec's line terminators (LF, CR LF,
lone CR) and columns counted in Unicode scalar values, 1-based. graphql-core 3.2.8's own
`locations` come from `str.splitlines()`, which is wrong at the first column of a line and
which also breaks lines at U+000B, U+000C, U+001C..U+001E, U+0085, U+2028 and U+2029; where it
differs, the case carries `graphqlCoreLocation` with graphql-core's value.
"""

import hashlib
import json
import os
import re
import sys

import graphql
from graphql import GraphQLSyntaxError, parse
from graphql.language import Lexer, Source, TokenKind

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
VALID_DIR = os.path.join(CORPUS, "valid")
INVALID_DIR = os.path.join(CORPUS, "invalid")

EXPECTED_GRAPHQL_CORE = "3.2.8"


# --------------------------------------------------------------------------------------------
# Locations


_LINE_TERMINATOR = re.compile(r"\r\n|[\n\r]")


def spec_location(body, position):
    """1-based (line, column) of a code-point offset; LineTerminator = LF | CR LF | CR."""
    line = 1
    line_start = 0
    for match in _LINE_TERMINATOR.finditer(body):
        if match.start() >= position:
            break
        line += 1
        line_start = match.end()
    return line, position - line_start + 1


def read_source(path):
    """The exact text of a corpus file: UTF-8, BOM kept, line terminators untouched."""
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


# --------------------------------------------------------------------------------------------
# Lexer2025: the lexical grammar of the September 2025 edition


class LexError(Exception):
    def __init__(self, position, what):
        super().__init__(what)
        self.position = position
        self.what = what


PUNCTUATORS = {"!", "$", "&", "(", ")", ":", "=", "@", "[", "]", "{", "|", "}"}
HEX = "0123456789abcdefABCDEF"


def is_name_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def is_name_continue(c):
    return is_name_start(c) or ("0" <= c <= "9")


def is_digit(c):
    return "0" <= c <= "9"


def is_scalar_value(v):
    return 0 <= v <= 0xD7FF or 0xE000 <= v <= 0x10FFFF


class Token:
    __slots__ = ("kind", "start", "end", "value")

    def __init__(self, kind, start, end, value=None):
        self.kind, self.start, self.end, self.value = kind, start, end, value

    def __repr__(self):
        return f"{self.kind}({self.value!r})@{self.start}"


class Lexer2025:
    """Produces tokens on demand; comments and other Ignored tokens are skipped."""

    def __init__(self, body):
        self.body = body
        self.pos = 0

    def next_token(self):
        b, n = self.body, len(self.body)
        p = self.pos
        while p < n:
            c = b[p]
            if c in " \t,\n\r\ufeff":  # WhiteSpace, LineTerminator, Comma, UnicodeBOM
                p += 1
            elif c == "#":  # Comment: up to (not including) CR or LF
                while p < n and b[p] not in "\r\n":
                    p += 1
            else:
                break
        if p >= n:
            self.pos = p
            return Token("EOF", p, p)
        c = b[p]
        if c in PUNCTUATORS:
            self.pos = p + 1
            return Token(c, p, p + 1, c)
        if c == ".":
            if b[p + 1:p + 3] == "..":
                self.pos = p + 3
                return Token("...", p, p + 3, "...")
            raise LexError(p, "unexpected character '.'")
        if is_name_start(c):
            e = p + 1
            while e < n and is_name_continue(b[e]):
                e += 1
            self.pos = e
            return Token("Name", p, e, b[p:e])
        if c == "-" or is_digit(c):
            return self._number(p)
        if b.startswith('"""', p):
            return self._block_string(p)
        if c == '"':
            return self._string(p)
        raise LexError(p, f"unexpected character U+{ord(c):04X}")

    def _digits(self, p):
        b = self.body
        if p >= len(b) or not is_digit(b[p]):
            raise LexError(p, "expected digit")
        while p < len(b) and is_digit(b[p]):
            p += 1
        return p

    def _number(self, start):
        b, n = self.body, len(self.body)
        p = start
        is_float = False
        if b[p] == "-":
            p += 1
        if p < n and b[p] == "0":
            p += 1
            if p < n and is_digit(b[p]):
                raise LexError(p, "digit after leading 0")
        else:
            p = self._digits(p)
        if p < n and b[p] == ".":
            is_float = True
            p = self._digits(p + 1)
        if p < n and b[p] in "eE":
            is_float = True
            p += 1
            if p < n and b[p] in "+-":
                p += 1
            p = self._digits(p)
        # IntValue / FloatValue: [lookahead != {Digit, `.`, NameStart}]
        if p < n and (b[p] == "." or is_name_start(b[p])):
            raise LexError(p, "number followed by '.' or a name start")
        self.pos = p
        return Token("Float" if is_float else "Int", start, p, b[start:p])

    def _hex4(self, p):
        s = self.body[p:p + 4]
        if len(s) == 4 and all(ch in HEX for ch in s):
            return int(s, 16)
        return None

    def _string(self, start):
        b, n = self.body, len(self.body)
        p = start + 1
        out = []
        while p < n:
            c = b[p]
            if c == '"':
                self.pos = p + 1
                return Token("String", start, p + 1, "".join(out))
            if c in "\r\n":
                raise LexError(p, "unterminated string (line terminator)")
            if c == "\\":
                esc = b[p + 1:p + 2]
                if esc == "u" and b[p + 2:p + 3] == "{":
                    # `\u{` HexDigit+ `}` - any number of digits; the value must be a scalar value
                    q = p + 3
                    while q < n and b[q] in HEX:
                        q += 1
                    if q == p + 3 or q >= n or b[q] != "}":
                        raise LexError(p, "invalid variable-width unicode escape")
                    v = int(b[p + 3:q], 16)
                    if not is_scalar_value(v):
                        raise LexError(p, "variable-width escape is not a scalar value")
                    out.append(chr(v))
                    p = q + 1
                elif esc == "u":
                    v = self._hex4(p + 2)
                    if v is None:
                        raise LexError(p, "invalid fixed-width unicode escape")
                    if is_scalar_value(v):
                        out.append(chr(v))
                        p += 6
                    elif 0xD800 <= v <= 0xDBFF and b[p + 6:p + 8] == "\\u":
                        t = self._hex4(p + 8)
                        if t is None or not 0xDC00 <= t <= 0xDFFF:
                            raise LexError(p, "leading surrogate without trailing surrogate")
                        out.append(chr(0x10000 + ((v - 0xD800) << 10) + (t - 0xDC00)))
                        p += 12
                    else:
                        raise LexError(p, "surrogate escape not forming a pair")
                elif esc != "" and esc in '"\\/bfnrt':
                    out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(esc, esc))
                    p += 2
                else:
                    raise LexError(p, "invalid escape")
                continue
            if not is_scalar_value(ord(c)):
                raise LexError(p, "not a scalar value")
            out.append(c)
            p += 1
        raise LexError(p, "unterminated string (end of input)")

    def _block_string(self, start):
        b, n = self.body, len(self.body)
        p = start + 3
        while p < n:
            if b.startswith('"""', p):
                self.pos = p + 3
                return Token("BlockString", start, p + 3, b[start + 3:p])
            if b.startswith('\\"""', p):
                p += 4
                continue
            p += 1
        raise LexError(p, "unterminated block string")


def tokens_2025(body):
    lexer = Lexer2025(body)
    out = []
    while True:
        t = lexer.next_token()
        if t.kind == "EOF":
            return out
        out.append(t)


# --------------------------------------------------------------------------------------------
# Parser2025: the syntactic grammar of the September 2025 edition


class ParseError(Exception):
    def __init__(self, position, what):
        super().__init__(what)
        self.position = position
        self.what = what


TYPE_SYSTEM_KEYWORDS = {"schema", "scalar", "type", "interface", "union", "enum", "input", "directive"}
OPERATION_TYPES = {"query", "mutation", "subscription"}
DIRECTIVE_LOCATIONS = {
    "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
    "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
    "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
    "INPUT_FIELD_DEFINITION",
}


class Parser2025:
    """Recognizer for Document (September 2025). Errors are reported at the start of the
    offending token (lexical errors at the offending character), like graphql-js does; tokens
    are read lazily so that a lexical error surfaces only when the parser reaches it."""

    def __init__(self, body):
        self.lexer = Lexer2025(body)
        self.tokens = [self.lexer.next_token()]
        self.i = 0

    # token access
    def peek(self, k=0):
        while len(self.tokens) <= self.i + k:
            last = self.tokens[-1]
            self.tokens.append(last if last.kind == "EOF" else self.lexer.next_token())
        return self.tokens[self.i + k]

    @property
    def tok(self):
        return self.peek(0)

    def advance(self):
        t = self.tok
        self.i += 1
        self.peek(0)  # lex the new current token now, as graphql-js does
        return t

    def fail(self, token=None, what="unexpected token"):
        token = token or self.tok
        raise ParseError(token.start, f"{what}: {token!r}")

    def is_(self, kind):
        return self.tok.kind == kind

    def expect(self, kind):
        if self.tok.kind != kind:
            self.fail(what=f"expected {kind}")
        return self.advance()

    def optional(self, kind):
        if self.tok.kind == kind:
            self.advance()
            return True
        return False

    def expect_keyword(self, word):
        if self.tok.kind == "Name" and self.tok.value == word:
            return self.advance()
        self.fail(what=f"expected '{word}'")

    def optional_keyword(self, word):
        if self.tok.kind == "Name" and self.tok.value == word:
            self.advance()
            return True
        return False

    def name(self):
        return self.expect("Name").value

    # list helpers (graphql-js semantics)
    def optional_many(self, open_, item, close):
        if not self.optional(open_):
            return 0
        count = 0
        while True:
            item()
            count += 1
            if self.optional(close):
                return count

    def many(self, open_, item, close):
        self.expect(open_)
        count = 0
        while True:
            item()
            count += 1
            if self.optional(close):
                return count

    def any(self, open_, item, close):
        self.expect(open_)
        while not self.optional(close):
            item()

    def delimited_many(self, delimiter, item):
        self.optional(delimiter)
        count = 0
        while True:
            item()
            count += 1
            if not self.optional(delimiter):
                return count

    # document
    def document(self):
        if self.is_("EOF"):
            self.fail(what="empty document")
        definitions = 0
        while not self.is_("EOF"):
            self.definition()
            definitions += 1
        return definitions

    def has_description(self):
        return self.tok.kind in ("String", "BlockString")

    def description(self):
        if self.has_description():
            self.advance()

    def definition(self):
        if self.is_("{"):
            return self.operation()
        described = self.has_description()
        keyword = self.peek(1) if described else self.tok
        if described and keyword.kind == "{":
            self.fail(what="description on a query shorthand")
        if keyword.kind == "Name":
            word = keyword.value
            if word in TYPE_SYSTEM_KEYWORDS:
                return getattr(self, "def_" + word)()
            if word in OPERATION_TYPES:
                return self.operation()
            if word == "fragment":
                return self.fragment_definition()
            if described:
                self.fail(what="description before something that cannot have one")
            if word == "extend":
                return self.extension()
        self.fail(keyword)

    # executable definitions
    def operation(self):
        if self.is_("{"):
            return self.selection_set()
        self.description()
        if not (self.tok.kind == "Name" and self.tok.value in OPERATION_TYPES):
            self.fail(what="expected an operation type")
        self.advance()
        if self.is_("Name"):
            self.advance()
        self.optional_many("(", self.variable_definition, ")")
        self.directives(const=False)
        self.selection_set()

    def variable_definition(self):
        self.description()
        self.variable()
        self.expect(":")
        self.type_reference()
        if self.optional("="):
            self.value(const=True)
        self.directives(const=True)

    def variable(self):
        self.expect("$")
        self.name()

    def selection_set(self):
        self.many("{", self.selection, "}")

    def selection(self):
        if self.is_("..."):
            return self.fragment()
        self.name()
        if self.optional(":"):
            self.name()
        self.arguments(const=False)
        self.directives(const=False)
        if self.is_("{"):
            self.selection_set()

    def arguments(self, const):
        def argument():
            self.name()
            self.expect(":")
            self.value(const)
        self.optional_many("(", argument, ")")

    def fragment(self):
        self.expect("...")
        has_type_condition = self.optional_keyword("on")
        if not has_type_condition and self.is_("Name"):
            self.fragment_name()
            self.directives(const=False)
            return
        if has_type_condition:
            self.name()
        self.directives(const=False)
        self.selection_set()

    def fragment_name(self):
        if self.tok.kind == "Name" and self.tok.value == "on":
            self.fail(what="a fragment cannot be named 'on'")
        self.name()

    def fragment_definition(self):
        self.description()
        self.expect_keyword("fragment")
        self.fragment_name()
        self.expect_keyword("on")
        self.name()
        self.directives(const=False)
        self.selection_set()

    def value(self, const):
        t = self.tok
        if t.kind == "[":
            self.any("[", lambda: self.value(const), "]")
        elif t.kind == "{":
            def object_field():
                self.name()
                self.expect(":")
                self.value(const)
            self.any("{", object_field, "}")
        elif t.kind in ("Int", "Float", "String", "BlockString", "Name"):
            self.advance()
        elif t.kind == "$":
            if const:
                self.fail(what="variable in a constant value")
            self.variable()
        else:
            self.fail(what="expected a value")

    def directives(self, const):
        while self.is_("@"):
            self.advance()
            self.name()
            self.arguments(const)

    def type_reference(self):
        if self.optional("["):
            self.type_reference()
            self.expect("]")
        else:
            self.name()
        self.optional("!")

    # type system definitions
    def def_schema(self):
        self.description()
        self.expect_keyword("schema")
        self.directives(const=True)
        self.many("{", self.root_operation_type, "}")

    def root_operation_type(self):
        if not (self.tok.kind == "Name" and self.tok.value in OPERATION_TYPES):
            self.fail(what="expected an operation type")
        self.advance()
        self.expect(":")
        self.name()

    def def_scalar(self):
        self.description()
        self.expect_keyword("scalar")
        self.name()
        self.directives(const=True)

    def implements(self):
        if self.optional_keyword("implements"):
            return self.delimited_many("&", self.name)
        return 0

    def fields_definition(self):
        return self.optional_many("{", self.field_definition, "}")

    def field_definition(self):
        self.description()
        self.name()
        self.optional_many("(", self.input_value_definition, ")")
        self.expect(":")
        self.type_reference()
        self.directives(const=True)

    def input_value_definition(self):
        self.description()
        self.name()
        self.expect(":")
        self.type_reference()
        if self.optional("="):
            self.value(const=True)
        self.directives(const=True)

    def def_type(self, keyword="type"):
        self.description()
        self.expect_keyword(keyword)
        self.name()
        self.implements()
        self.directives(const=True)
        self.fields_definition()

    def def_interface(self):
        self.def_type("interface")

    def union_members(self):
        if self.optional("="):
            return self.delimited_many("|", self.name)
        return 0

    def def_union(self):
        self.description()
        self.expect_keyword("union")
        self.name()
        self.directives(const=True)
        self.union_members()

    def enum_values(self):
        def enum_value():
            self.description()
            if self.tok.kind == "Name" and self.tok.value in ("true", "false", "null"):
                self.fail(what="reserved enum value name")
            self.name()
            self.directives(const=True)
        return self.optional_many("{", enum_value, "}")

    def def_enum(self):
        self.description()
        self.expect_keyword("enum")
        self.name()
        self.directives(const=True)
        self.enum_values()

    def input_fields(self):
        return self.optional_many("{", self.input_value_definition, "}")

    def def_input(self):
        self.description()
        self.expect_keyword("input")
        self.name()
        self.directives(const=True)
        self.input_fields()

    def def_directive(self):
        self.description()
        self.expect_keyword("directive")
        self.expect("@")
        self.name()
        self.optional_many("(", self.input_value_definition, ")")
        self.optional_keyword("repeatable")
        self.expect_keyword("on")

        def location():
            t = self.tok
            if t.kind == "Name" and t.value in DIRECTIVE_LOCATIONS:
                self.advance()
            else:
                self.fail(t, "unknown directive location")
        self.delimited_many("|", location)

    # type system extensions
    def count_directives(self):
        n = 0
        while self.is_("@"):
            self.directives(const=True)
            n += 1
        return n

    def extension(self):
        keyword = self.peek(1)
        if keyword.kind != "Name":
            self.fail(keyword)
        word = keyword.value
        if word not in TYPE_SYSTEM_KEYWORDS or word == "directive":
            self.fail(keyword)
        self.expect_keyword("extend")
        self.advance()  # the keyword
        if word == "schema":
            parts = self.count_directives() + self.optional_many("{", self.root_operation_type, "}")
        else:
            self.name()
            if word == "scalar":
                parts = self.count_directives()
            elif word in ("type", "interface"):
                parts = self.implements() + self.count_directives() + self.fields_definition()
            elif word == "union":
                parts = self.count_directives() + self.union_members()
            elif word == "enum":
                parts = self.count_directives() + self.enum_values()
            else:  # input
                parts = self.count_directives() + self.input_fields()
        if parts == 0:
            self.fail(what="extension without anything to add")


def parse_2025(body):
    """Number of definitions; raises LexError or ParseError (both have .position)."""
    return Parser2025(body).document()


# --------------------------------------------------------------------------------------------
# graphql-core


def core_result(source):
    """('ok', definitions) or ('error', position, message, core_line, core_column) or
    ('crash', repr) when graphql-core raises something other than GraphQLSyntaxError."""
    try:
        document = parse(source)
    except GraphQLSyntaxError as e:
        message = e.message
        prefix = "Syntax Error: "
        assert message.startswith(prefix), message
        loc = e.locations[0]
        return ("error", e.positions[0], message[len(prefix):], loc.line, loc.column)
    except Exception as e:  # noqa: BLE001 - graphql-core bugs are part of what we record
        return ("crash", f"{type(e).__name__}: {e}")
    return ("ok", len(document.definitions))


def core_token_count(source):
    lexer = Lexer(Source(source))
    count = 0
    while lexer.advance().kind is not TokenKind.EOF:  # advance() skips comments
        count += 1
    return count


def edition_2025_result(source):
    try:
        return ("ok", parse_2025(source))
    except (LexError, ParseError) as e:
        return ("error", e.position, e.what)


# --------------------------------------------------------------------------------------------
# The invalid documents. Each is (name, source, rule); names are unique and stable.

E = "\U0001F600"  # 😀, one code point (two UTF-16 units, four UTF-8 bytes)
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"  # 7 code points, 1 grapheme

INVALID_CASES = [
    # ---- lexical: characters that are not tokens -------------------------------------------
    ("lex.char.nul", "query Q { a\u0000b }", "U+0000 between tokens is not a token"),
    ("lex.char.bel", "{ a \u0007 }", "a control character (U+0007) outside strings and comments"),
    ("lex.char.vertical-tab", "{ a\u000bb }", "U+000B is not GraphQL whitespace"),
    ("lex.char.form-feed", "{\u000ca }", "U+000C is not GraphQL whitespace"),
    ("lex.char.del", "{ a \u007f }", "U+007F outside strings and comments"),
    ("lex.char.nel", "{ a \u0085 }", "U+0085 (NEL) is neither whitespace nor a line terminator"),
    ("lex.char.nbsp", "{\u00a0a }", "a lone U+00A0 (no-break space) is not whitespace"),
    ("lex.char.nbsp-after-keyword", "query\u00a0Q { a }", "U+00A0 between a keyword and a name"),
    ("lex.char.zero-width-space", "{ a\u200b }", "U+200B (zero-width space) is not whitespace"),
    ("lex.char.line-separator", "{ a\u2028b }", "U+2028 is not a line terminator"),
    ("lex.char.ideographic-space", "{\u3000a }", "U+3000 (ideographic space) is not whitespace"),
    ("lex.char.fullwidth-brace", "\uff5b a \uff5d", "full-width braces are not punctuators"),
    ("lex.char.smart-quotes", "{ a(x: \u201ctext\u201d) }", "typographic quotes do not start a string"),
    ("lex.char.single-quote", "{ a(x: 'text') }", "single quotes do not start a string"),
    ("lex.char.backslash", "{ a(x: \\n) }", "a backslash outside a string"),
    ("lex.char.question-mark", "query Q? { a }", "`?` is not a punctuator"),
    ("lex.char.semicolon", "{ a; b }", "`;` is not a punctuator"),
    ("lex.char.plus", "{ a(x: +1) }", "a number cannot start with `+`"),
    ("lex.char.accented-letter", "{ caf\u00e9 }", "names are ASCII only: `\u00e9` in a name"),
    ("lex.char.cjk-name", "{ \u540d\u5b57 }", "names are ASCII only: CJK characters"),
    ("lex.char.emoji", "{ " + E + " }", "an emoji outside a string"),
    ("lex.dot.one", "{ a . b }", "a single `.`"),
    ("lex.dot.two", "{ .. F }", "`..` is not a spread"),
    ("lex.dot.four", "{ ....F }", "`....` is a spread followed by a stray `.`"),
    ("lex.dot.spaced", "{ . . . F }", "the three dots of a spread cannot be separated"),
    ("lex.dot.leading-float", "{ a(x: .5) }", "a float cannot start with `.`"),
    # ---- lexical: strings --------------------------------------------------------------------
    ("lex.string.unterminated-eof", '{ a(x: "abc', "a string still open at the end of input"),
    ("lex.string.lone-quote-eof", '{ a(x: "', "a lone `\"` at the end of input"),
    ("lex.string.unterminated-lf", '{ a(x: "abc\n") }', "a string cannot contain LF"),
    ("lex.string.unterminated-cr", '{ a(x: "abc\r") }', "a string cannot contain a lone CR"),
    ("lex.string.unterminated-crlf", '{ a(x: "abc\r\n") }', "a string cannot contain CR LF"),
    ("lex.string.seven-quotes", '"""""""', "`\"\"\"\"\"\"` is an empty block string; the 7th quote opens a string that never ends"),
    ("lex.string.escape-x", '{ a(x: "\\x41") }', "`\\x` is not an escape"),
    ("lex.string.escape-upper-u", '{ a(x: "\\U0041") }', "`\\U` (upper case) is not an escape"),
    ("lex.string.escape-a", '{ a(x: "\\a") }', "`\\a` is not an escape"),
    ("lex.string.escape-zero", '{ a(x: "\\0") }', "`\\0` is not an escape"),
    ("lex.string.escape-single-quote", "{ a(x: \"\\'\") }", "`\\'` is not an escape"),
    ("lex.string.escape-line-break", '{ a(x: "a\\\nb") }', "a backslash cannot escape a line break"),
    ("lex.string.escape-at-eof", '{ a(x: "abc\\', "a backslash as the last character of the input"),
    ("lex.string.unicode-short", '{ a(x: "\\u12") }', "`\\u` needs four hex digits"),
    ("lex.string.unicode-short-eof", '{ a(x: "\\u1', "`\\u` with one hex digit at the end of input"),
    ("lex.string.unicode-non-hex", '{ a(x: "\\uXYZW") }', "`\\u` followed by non-hex characters"),
    ("lex.string.unicode-partial-hex", '{ a(x: "\\u00G0") }', "`\\u` with a non-hex third digit"),
    ("lex.string.unicode-braces-empty", '{ a(x: "\\u{}") }', "`\\u{}` needs at least one hex digit"),
    ("lex.string.unicode-braces-too-big", '{ a(x: "\\u{110000}") }', "`\\u{110000}` is above U+10FFFF"),
    ("lex.string.unicode-braces-huge", '{ a(x: "\\u{FFFFFFFF}") }', "`\\u{FFFFFFFF}` is far above U+10FFFF"),
    ("lex.string.unicode-braces-unclosed", '{ a(x: "\\u{1F600") }', "`\\u{` without a closing brace"),
    ("lex.string.unicode-braces-non-hex", '{ a(x: "\\u{1F60G}") }', "a non-hex digit inside `\\u{...}`"),
    ("lex.string.unicode-braces-space", '{ a(x: "\\u{ 41}") }', "no whitespace inside `\\u{...}`"),
    ("lex.string.unicode-braces-leading-surrogate", '{ a(x: "\\u{D83D}") }', "`\\u{D83D}`: a variable-width escape must be a scalar value, not a surrogate"),
    ("lex.string.unicode-braces-trailing-surrogate", '{ a(x: "\\u{DE00}") }', "`\\u{DE00}`: a trailing surrogate is not a scalar value"),
    ("lex.string.lone-leading-surrogate", '{ a(x: "\\uD83D") }', "a leading surrogate escape with nothing after it"),
    ("lex.string.lone-trailing-surrogate", '{ a(x: "\\uDE00") }', "a trailing surrogate escape on its own"),
    ("lex.string.leading-surrogate-then-char", '{ a(x: "\\uD83Dx") }', "a leading surrogate escape followed by a plain character"),
    ("lex.string.leading-surrogate-then-bmp", '{ a(x: "\\uD83D\\u0041") }', "a leading surrogate escape followed by a non-surrogate escape"),
    ("lex.string.reversed-surrogates", '{ a(x: "\\uDE00\\uD83D") }', "trailing surrogate escape before the leading one"),
    ("lex.string.two-leading-surrogates", '{ a(x: "\\uD83D\\uD83D") }', "two leading surrogate escapes"),
    ("lex.string.surrogate-then-braced", '{ a(x: "\\uD83D\\u{DE00}") }', "a surrogate pair must use two fixed-width escapes"),
    ("lex.string.braced-then-surrogate", '{ a(x: "\\u{D83D}\\uDE00") }', "a variable-width escape cannot start a surrogate pair"),
    ("lex.string.pair-cut-at-eof", '{ a(x: "\\uD83D\\uDE', "a surrogate pair cut short by the end of input"),
    ("lex.block.unterminated", '{ a(x: """abc', "a block string still open at the end of input"),
    ("lex.block.unterminated-escaped", '{ a(x: """abc\\""") }', "`\\\"\"\"` is an escaped triple quote, not the end"),
    ("lex.block.two-quotes", '{ a(x: """abc"") }', "two quotes do not close a block string"),
    ("lex.block.unterminated-multiline", 'type T {\n  """\n  description\n  f: Int\n}\n', "a description block string that never ends"),
    # ---- lexical: numbers ----------------------------------------------------------------
    ("lex.number.double-zero", "{ a(x: 00) }", "`00`: no leading zeros"),
    ("lex.number.leading-zero", "{ a(x: 01) }", "`01`: no leading zeros"),
    ("lex.number.negative-leading-zero", "{ a(x: -01) }", "`-01`: no leading zeros"),
    ("lex.number.leading-zero-float", "{ a(x: 00.5) }", "`00.5`: no leading zeros"),
    ("lex.number.trailing-dot", "{ a(x: 1.) }", "`1.`: a fraction needs digits"),
    ("lex.number.dot-exponent", "{ a(x: 1.e1) }", "`1.e1`: a fraction needs digits"),
    ("lex.number.exponent-no-digits", "{ a(x: 1e) }", "`1e`: an exponent needs digits"),
    ("lex.number.exponent-letter", "{ a(x: 1ea) }", "`1ea`: an exponent needs digits"),
    ("lex.number.exponent-sign-only", "{ a(x: 1e+) }", "`1e+`: an exponent needs digits after the sign"),
    ("lex.number.exponent-then-dot", "{ a(x: 1e1.5) }", "`1e1.5`: nothing may follow the exponent's digits"),
    ("lex.number.hex", "{ a(x: 0x1) }", "`0x1`: no hexadecimal numbers"),
    ("lex.number.underscore", "{ a(x: 1_000) }", "`1_000`: no digit separators"),
    ("lex.number.int-then-name", "{ a(x: 123abc) }", "`123abc`: a name start may not follow a number"),
    ("lex.number.int-suffix", "{ a(x: 123L) }", "`123L`: no type suffixes"),
    ("lex.number.zero-then-name", "{ a(x: 0a) }", "`0a`: a name start may not follow a number"),
    ("lex.number.float-then-name", "{ a(x: 1.5abc) }", "`1.5abc`: a name start may not follow a float"),
    ("lex.number.float-then-underscore", "{ a(x: 1.0_) }", "`1.0_`: `_` is a name start"),
    ("lex.number.exponent-then-name", "{ a(x: 6.02e23x) }", "`6.02e23x`: a name start may not follow a float"),
    ("lex.number.two-dots", "{ a(x: 1.2.3) }", "`1.2.3`: a `.` may not follow a float"),
    ("lex.number.minus-alone", "{ a(x: -) }", "`-` alone is not a number"),
    ("lex.number.minus-space", "{ a(x: - 1) }", "`- 1`: the sign belongs to the number"),
    ("lex.number.minus-name", "{ a(x: -a) }", "`-a`: a minus must be followed by a digit"),
    ("lex.number.double-minus", "{ a(x: --1) }", "`--1`: one sign only"),
    # ---- documents -----------------------------------------------------------------------
    ("doc.empty", "", "a document needs at least one definition"),
    ("doc.whitespace-only", " \t\n ", "whitespace only"),
    ("doc.comment-only", "# nothing\n# here", "comments only, no trailing line break"),
    ("doc.comment-only-newline", "# nothing here\n", "a comment and a line break"),
    ("doc.commas-only", ",,,", "commas only"),
    ("doc.bom-only", "\ufeff", "a byte order mark only"),
    ("doc.crlf-only", "\r\n\r\n", "line breaks only"),
    ("doc.unknown-keyword", "foo { a }", "an unknown word where a definition starts"),
    ("doc.keyword-case", "Query { a }", "keywords are case-sensitive: `Query`"),
    ("doc.top-level-close-brace", "}", "a `}` where a definition starts"),
    ("doc.top-level-number", "1", "a number where a definition starts"),
    ("doc.top-level-paren", "( a )", "a `(` where a definition starts"),
    ("doc.top-level-variable", "$v", "a variable where a definition starts"),
    ("doc.top-level-spread", "...F", "a spread where a definition starts"),
    ("doc.top-level-directive", "@d", "a directive where a definition starts"),
    # ---- operations ----------------------------------------------------------------------
    ("op.keyword-eof", "query", "`query` then the end of input"),
    ("op.name-eof", "query Q", "an operation without a selection set"),
    ("op.directive-no-selection", "query Q @d", "an operation ending after a directive"),
    ("op.two-names", "query Q R { a }", "an operation has at most one name"),
    ("op.number-name", "query 1 { a }", "an operation name must be a Name"),
    ("op.string-name", 'query "Q" { a }', "an operation name cannot be a string"),
    ("op.mutation-no-selection", "mutation M($x: Int)", "a mutation without a selection set"),
    ("op.subscription-directive-eof", "subscription S @", "`@` at the end of input"),
    ("op.selection-unclosed", "query Q {", "a selection set still open at the end of input"),
    ("op.selection-empty", "query Q {}", "an empty selection set after a named operation"),
    ("op.directive-args-unclosed", "query Q @d(a: 1 { a }", "directive arguments never closed"),
    ("op.variables-after-directives", "query Q @d($v: Int) { a }", "variable definitions come before directives"),
    ("var.unclosed", "query Q($v: Int { a }", "variable definitions never closed"),
    ("var.empty", "query Q() { a }", "`()`: variable definitions cannot be empty"),
    ("var.no-dollar", "query Q(v: Int) { a }", "a variable needs `$`"),
    ("var.dollar-no-name", "query Q($: Int) { a }", "`$` without a name"),
    ("var.dollar-number", "query Q($1: Int) { a }", "a variable name must be a Name"),
    ("var.missing-colon", "query Q($v Int) { a }", "`:` between a variable and its type"),
    ("var.missing-type", "query Q($v:) { a }", "a variable needs a type"),
    ("var.missing-default", "query Q($v: Int =) { a }", "`=` without a default value"),
    ("var.two-defaults", "query Q($v: Int = 1 = 2) { a }", "a variable has one default value"),
    ("var.default-variable", "query Q($v: Int = $w) { a }", "a default value is constant: no variables"),
    ("var.default-variable-in-list", "query Q($v: [Int] = [1, $w]) { a }", "no variables inside a constant list"),
    ("var.default-variable-in-object", "query Q($v: In = {a: $w}) { a }", "no variables inside a constant object"),
    ("var.default-variable-deep", "query Q($v: In = {a: [{b: $w}]}) { a }", "no variables deep inside a constant value"),
    ("var.directive-variable", "query Q($v: Int @d(x: $w)) { a }", "directives on variable definitions are constant"),
    ("var.directive-missing-name", "query Q($v: Int @) { a }", "`@` without a directive name"),
    ("var.default-dollar-only", "query Q($v: Int = $) { a }", "`$` alone in a constant value"),
    # ---- selection sets, fields, arguments ---------------------------------------------------
    ("sel.empty", "{}", "an empty selection set"),
    ("sel.empty-nested", "{ a {} }", "an empty nested selection set"),
    ("sel.unclosed", "{ a", "a selection set still open at the end of input"),
    ("sel.unclosed-nested", "{ a { b }", "a nested selection set closed, the outer one not"),
    ("sel.number", "{ 1 }", "a number is not a selection"),
    ("sel.string", '{ "a" }', "a string is not a selection (no descriptions on fields)"),
    ("sel.variable", "{ $v }", "a variable is not a selection"),
    ("sel.directive-first", "{ @d a }", "a directive before the field name"),
    ("sel.alias-missing-name", "{ a: }", "an alias without a field name"),
    ("sel.alias-double", "{ a: b: c }", "a field has at most one alias"),
    ("sel.alias-number", "{ a: 1 }", "an aliased field name must be a Name"),
    ("sel.colon-first", "{ : a }", "`:` before any name"),
    ("sel.args-unclosed", "{ a(x: 1 }", "arguments never closed"),
    ("sel.args-unclosed-eof", "{ a(x: 1", "arguments still open at the end of input"),
    ("sel.args-empty", "{ a() }", "`()`: arguments cannot be empty"),
    ("sel.arg-missing-colon", "{ a(x) }", "an argument needs `:`"),
    ("sel.arg-missing-value", "{ a(x:) }", "an argument needs a value"),
    ("sel.arg-number-name", "{ a(1: 2) }", "an argument name must be a Name"),
    ("sel.arg-equals", "{ a(x = 1) }", "arguments use `:`, not `=`"),
    ("sel.arg-two-values", "{ a(x: 1 2) }", "an argument has one value"),
    ("sel.args-after-selection", "{ a { b }(x: 1) }", "arguments come before the selection set"),
    ("sel.directive-missing-name", "{ a @ }", "`@` without a directive name"),
    ("sel.directive-number", "{ a @1 }", "a directive name must be a Name"),
    ("sel.directive-args-empty", "{ a @d() }", "`()`: directive arguments cannot be empty"),
    ("sel.directive-args-unclosed", "{ a @d(x: 1 }", "directive arguments never closed"),
    ("sel.directive-after-selection", "{ a { b } @d }", "directives come before the selection set"),
    # ---- fragments ---------------------------------------------------------------------
    ("frag.name-on", "fragment on on on { a }", "a fragment cannot be named `on`"),
    ("frag.missing-name", "fragment on T { a }", "a fragment needs a name (`on` is not one)"),
    ("frag.missing-on", "fragment F T { a }", "`on` before the type condition"),
    ("frag.missing-type-condition", "fragment F { a }", "a fragment definition needs a type condition"),
    ("frag.on-without-type", "fragment F on { a }", "`on` without a type"),
    ("frag.missing-selection", "fragment F on T", "a fragment needs a selection set"),
    ("frag.empty-selection", "fragment F on T {}", "an empty fragment selection set"),
    ("frag.variables", "fragment F($v: Int) on T { a }", "fragment variables are not part of the grammar"),
    ("frag.list-type-condition", "fragment F on [T] { a }", "a type condition is a named type"),
    ("frag.non-null-type-condition", "fragment F on T! { a }", "a type condition cannot be non-null"),
    ("frag.number-name", "fragment 1 on T { a }", "a fragment name must be a Name"),
    ("frag.directive-missing-name", "fragment F on T @ { a }", "`@` without a directive name"),
    ("frag.directive-before-on", "fragment F @d on T { a }", "directives come after the type condition"),
    ("spread.nothing", "{ ... }", "`...` followed by nothing"),
    ("spread.on-nothing", "{ ...on }", "`...on` without a type"),
    ("spread.on-on", "{ ... on on }", "inline fragment on a type named `on` without a selection set"),
    ("spread.on-number", "{ ... on 1 { a } }", "a type condition must be a Name"),
    ("spread.inline-no-selection", "{ ... on T }", "an inline fragment needs a selection set"),
    ("spread.inline-directive-no-selection", "{ ... @d }", "an inline fragment with a directive needs a selection set"),
    ("spread.number", "{ ...1 }", "a fragment spread name must be a Name"),
    ("spread.string", '{ ... "F" }', "a fragment spread name cannot be a string"),
    ("spread.named-then-selection", "{ ...F { a } }", "a fragment spread has no selection set"),
    ("spread.named-arguments", "{ ...F(x: 1) }", "fragment spreads take no arguments"),
    ("spread.directive-missing-name", "{ ...F @ }", "`@` without a directive name"),
    # ---- type references ----------------------------------------------------------------
    ("type.list-unclosed", "query Q($v: [Int) { a }", "`[Int` without `]`"),
    ("type.list-unclosed-eof", "query Q($v: [Int!", "a list type still open at the end of input"),
    ("type.double-bang", "query Q($v: Int!!) { a }", "`Int!!`: non-null cannot wrap non-null"),
    ("type.leading-bang", "query Q($v: !Int) { a }", "`!` comes after the type"),
    ("type.empty-list", "query Q($v: []) { a }", "`[]` has no item type"),
    ("type.extra-bracket", "query Q($v: [Int]]) { a }", "an extra `]`"),
    ("type.number", "query Q($v: 1) { a }", "a type is a Name"),
    ("type.string", 'query Q($v: "Int") { a }', "a type is not a string"),
    ("type.variable", "query Q($v: $T) { a }", "a type is not a variable"),
    # ---- values -----------------------------------------------------------------------
    ("value.list-unclosed", "{ a(x: [1, 2) }", "a list value never closed"),
    ("value.list-unclosed-eof", "{ a(x: [1", "a list value still open at the end of input"),
    ("value.close-bracket", "{ a(x: ]) }", "`]` is not a value"),
    ("value.object-missing-colon", "{ a(x: {b}) }", "an object field needs `:`"),
    ("value.object-missing-value", "{ a(x: {b: }) }", "an object field needs a value"),
    ("value.object-number-key", "{ a(x: {1: 2}) }", "an object field name must be a Name"),
    ("value.object-string-key", '{ a(x: {"b": 1}) }', "object field names are not quoted (this is not JSON)"),
    ("value.object-variable-key", "{ a(x: {$b: 1}) }", "an object field name cannot be a variable"),
    ("value.object-unclosed", "{ a(x: {b: 1) }", "an object value never closed"),
    ("value.object-second-field-missing-colon", "{ a(x: {b: 1 c}) }", "every object field needs `:`, not only the first"),
    ("value.parenthesized", "{ a(x: (1)) }", "values cannot be parenthesized"),
    ("value.directive", "{ a(x: @d) }", "a directive is not a value"),
    ("value.spread", "{ a(x: ...) }", "a spread is not a value"),
    ("value.negation", "{ a(x: !true) }", "`!` is not an operator"),
    ("value.variable-missing-name", "{ a(x: $) }", "`$` without a name"),
    ("value.variable-number", "{ a(x: $1) }", "a variable name must be a Name"),
    ("const.schema-directive", "schema @d(x: {a: $v}) { query: Q }", "`{a: $v}` in a constant position (schema directive)"),
    ("const.scalar-directive", "scalar S @d(x: $v)", "a variable in a scalar's directive"),
    ("const.type-directive", "type T @d(x: [$v]) { f: Int }", "a variable in a list in a type's directive"),
    ("const.field-directive", "type T { f: Int @d(x: $v) }", "a variable in a field definition's directive"),
    ("const.argument-default", "type T { f(a: Int = $v): Int }", "a variable as an argument default value"),
    ("const.argument-default-dollar", "type T { f(a: Int = $): Int }", "`$` alone as an argument default value"),
    ("const.input-field-default", "input I { f: Int = $v }", "a variable as an input field default value"),
    ("const.enum-value-directive", "enum E { A @d(x: $v) }", "a variable in an enum value's directive"),
    ("const.directive-argument-default", "directive @d(a: Int = $v) on FIELD", "a variable as a directive argument default"),
    ("const.extension-directive", "extend type T @d(x: {a: [$v]})", "a variable deep inside an extension's directive"),
    # ---- schema definitions -------------------------------------------------------------
    ("sdl.schema.eof", "schema", "`schema` then the end of input"),
    ("sdl.schema.empty", "schema {}", "a schema definition needs a root operation type"),
    ("sdl.schema.missing-colon", "schema { query Q }", "`:` after the operation type"),
    ("sdl.schema.missing-type", "schema { query: }", "a root operation type needs a type"),
    ("sdl.schema.unknown-operation", "schema { foo: Q }", "only query, mutation, subscription"),
    ("sdl.schema.list-type", "schema { query: [Q] }", "a root operation type is a named type"),
    ("sdl.schema.unclosed", "schema { query: Q", "a schema definition still open at the end of input"),
    ("sdl.schema.directive-missing-name", "schema @ { query: Q }", "`@` without a directive name"),
    ("sdl.scalar.eof", "scalar", "`scalar` without a name"),
    ("sdl.scalar.number", "scalar 1", "a scalar name must be a Name"),
    ("sdl.scalar.directive-missing-name", "scalar S @", "`@` without a directive name"),
    ("sdl.type.eof", "type", "`type` without a name"),
    ("sdl.type.number", "type 1 { a: Int }", "a type name must be a Name"),
    ("sdl.type.empty-body", "type T {}", "`{}`: a fields definition cannot be empty"),
    ("sdl.type.unclosed", "type T { a: Int", "a fields definition still open at the end of input"),
    ("sdl.type.field-missing-colon", "type T { f }", "a field definition needs `:` and a type"),
    ("sdl.type.field-missing-type", "type T { f: }", "a field definition needs a type"),
    ("sdl.type.field-args-empty", "type T { f(): Int }", "`()`: argument definitions cannot be empty"),
    ("sdl.type.field-arg-missing-colon", "type T { f(a): Int }", "an argument definition needs `:`"),
    ("sdl.type.field-arg-missing-type", "type T { f(a:): Int }", "an argument definition needs a type"),
    ("sdl.type.field-arg-missing-default", "type T { f(a: Int =): Int }", "`=` without a default value"),
    ("sdl.type.field-args-unclosed", "type T { f(a: Int: Int }", "argument definitions never closed"),
    ("sdl.type.field-variable-arg", "type T { f($a: Int): Int }", "argument definitions have no `$`"),
    ("sdl.type.field-default", "type T { f: Int = 1 }", "a field (not an argument) has no default value"),
    ("sdl.type.field-description-only", 'type T { "desc" }', "a description without a field"),
    ("sdl.type.field-trailing-description", 'type T { f: Int "desc" }', "a description after the last field"),
    ("sdl.type.field-two-descriptions", 'type T { "a" "b" f: Int }', "a field has one description"),
    ("sdl.type.field-number", "type T { 1: Int }", "a field name must be a Name"),
    ("sdl.type.field-alias", "type T { a: b: Int }", "no aliases in field definitions"),
    ("sdl.type.field-selection", "type T { f: Int { a } }", "no selection sets in field definitions"),
    ("sdl.type.list-unclosed", "type T { f: [Int }", "`[Int` without `]`"),
    ("sdl.type.double-bang", "type T { f: Int!! }", "`Int!!` in a field definition"),
    ("sdl.type.field-directive-missing-name", "type T { f: Int @ }", "`@` without a directive name on a field definition"),
    ("sdl.type.field-arg-description-only", 'type T { f("d"): Int }', "a description without an argument definition"),
    ("sdl.type.implements-after-directives", "type T @d implements I { f: Int }", "`implements` comes before directives"),
    ("sdl.implements.eof", "type T implements", "`implements` without an interface"),
    ("sdl.implements.amp-only", "type T implements & { a: Int }", "`implements &` without an interface"),
    ("sdl.implements.double-amp", "type T implements A && B { a: Int }", "`&&` between interfaces"),
    ("sdl.implements.trailing-amp", "type T implements A & { a: Int }", "`&` after the last interface"),
    ("sdl.implements.comma", "type T implements A, B { a: Int }", "interfaces are joined with `&`; a comma is ignored, so `B` starts a new definition"),
    ("sdl.implements.pipe", "type T implements A | B { a: Int }", "interfaces are joined with `&`, not `|`"),
    ("sdl.implements.list", "type T implements [A] { a: Int }", "an implemented interface is a named type"),
    ("sdl.implements.as-type-name", "type implements A { a: Int }", "`type implements` names the type `implements`; then `A` is unexpected"),
    ("sdl.interface.empty-body", "interface I {}", "`{}`: an interface's fields cannot be empty"),
    ("sdl.interface.implements-eof", "interface I implements", "`implements` without an interface"),
    ("sdl.interface.field-missing-type", "interface I { f }", "an interface field needs a type"),
    ("sdl.interface.eof", "interface", "`interface` without a name"),
    ("sdl.union.equals-eof", "union U =", "`=` without members"),
    ("sdl.union.pipe-only", "union U = |", "`|` without members"),
    ("sdl.union.double-pipe", "union U = A | | B", "`| |` between members"),
    ("sdl.union.trailing-pipe", "union U = A |", "`|` after the last member"),
    ("sdl.union.list-member", "union U = [A]", "a union member is a named type"),
    ("sdl.union.non-null-member", "union U = A!", "a union member cannot be non-null"),
    ("sdl.union.amp", "union U = A & B", "members are joined with `|`, not `&`"),
    ("sdl.union.no-equals", "union U A | B", "members come after `=`"),
    ("sdl.union.eof", "union", "`union` without a name"),
    ("sdl.union.directives-after-members", "union U = A @d", "directives come before `=`"),
    ("sdl.enum.empty-body", "enum E {}", "`{}`: enum values cannot be empty"),
    ("sdl.enum.true", "enum E { true }", "`true` cannot be an enum value"),
    ("sdl.enum.false", "enum E { A false }", "`false` cannot be an enum value"),
    ("sdl.enum.null", "enum E { null }", "`null` cannot be an enum value"),
    ("sdl.enum.extension-true", "extend enum E { true }", "`true` cannot be an enum value in an extension either"),
    ("sdl.enum.value-colon", "enum E { A: Int }", "enum values have no type"),
    ("sdl.enum.value-arguments", "enum E { A(x: 1) }", "enum values have no arguments"),
    ("sdl.enum.string-value", 'enum E { "A" }', "a string before `}` is a description without a value"),
    ("sdl.enum.number-value", "enum E { 1 }", "an enum value must be a Name"),
    ("sdl.enum.unclosed", "enum E { A", "enum values still open at the end of input"),
    ("sdl.enum.equals", "enum E = A | B", "enum values go in braces, not after `=`"),
    ("sdl.enum.eof", "enum", "`enum` without a name"),
    ("sdl.input.empty-body", "input I {}", "`{}`: input fields cannot be empty"),
    ("sdl.input.field-missing-colon", "input I { f }", "an input field needs `:` and a type"),
    ("sdl.input.field-arguments", "input I { f(a: Int): Int }", "input fields have no arguments"),
    ("sdl.input.field-missing-default", "input I { f: Int = }", "`=` without a default value"),
    ("sdl.input.unclosed", "input I { f: Int", "input fields still open at the end of input"),
    ("sdl.input.eof", "input", "`input` without a name"),
    ("dir.missing-at", "directive d on FIELD", "a directive definition needs `@`"),
    ("dir.named-on", "directive @ on FIELD", "`@ on` names the directive `on`; then `on` is missing"),
    ("dir.missing-on", "directive @d FIELD", "`on` before the locations"),
    ("dir.eof", "directive @d", "a directive definition without `on`"),
    ("dir.on-eof", "directive @d on", "`on` without a location"),
    ("dir.unknown-location", "directive @d on FOO", "`FOO` is not a directive location"),
    ("dir.lower-case-location", "directive @d on field", "directive locations are upper case"),
    ("dir.partial-location", "directive @d on VARIABLE", "`VARIABLE` is not a location (`VARIABLE_DEFINITION` is)"),
    ("dir.string-location", 'directive @d on "FIELD"', "a location is a Name, not a string"),
    ("dir.trailing-pipe", "directive @d on FIELD |", "`|` after the last location"),
    ("dir.double-pipe", "directive @d on FIELD || QUERY", "`||` between locations"),
    ("dir.leading-double-pipe", "directive @d on | | FIELD", "two leading `|`"),
    ("dir.location-comma", "directive @d on FIELD, QUERY", "locations are joined with `|`; a comma is ignored, so `QUERY` starts a new definition"),
    ("dir.location-amp", "directive @d on FIELD & QUERY", "locations are joined with `|`, not `&`"),
    ("dir.repeatable-eof", "directive @d repeatable", "`repeatable` then the end of input"),
    ("dir.repeatable-after-on", "directive @d on FIELD repeatable", "`repeatable` comes before `on`"),
    ("dir.repeatable-twice", "directive @d repeatable repeatable on FIELD", "`repeatable` once"),
    ("dir.arguments-empty", "directive @d() on FIELD", "`()`: argument definitions cannot be empty"),
    ("dir.arguments-after-repeatable", "directive @d repeatable(a: Int) on FIELD", "arguments come before `repeatable`"),
    ("dir.description-before-on", 'directive @d "desc" on FIELD', "a description inside a directive definition"),
    # ---- descriptions before things that cannot have one ----------------------------------
    ("desc.extend-type", '"desc" extend type T @d', "an extension cannot have a description"),
    ("desc.extend-schema", '"""desc"""\nextend schema @d', "a schema extension cannot have a description"),
    ("desc.unknown-keyword", '"desc" foo', "a description before an unknown word"),
    ("desc.two-descriptions", '"a" "b" type T { f: Int }', "a definition has one description"),
    ("desc.eof", '"desc"', "a description at the end of input"),
    ("desc.block-eof", '"""desc"""\n', "a block-string description at the end of input"),
    ("desc.field-selection", '{ "desc" a }', "no descriptions on field selections"),
    ("desc.argument", '{ a("desc" x: 1) }', "no descriptions on arguments"),
    ("desc.object-field", '{ a(x: {"desc" b: 1}) }', "no descriptions on object fields"),
    ("desc.root-operation-type", 'schema { "desc" query: Q }', "no descriptions on root operation types"),
    ("desc.union-member", 'union U = "desc" A', "no descriptions on union members"),
    ("desc.directive-location", 'directive @d on "desc" FIELD', "no descriptions on directive locations"),
    ("desc.implemented-interface", 'type T implements "desc" A { f: Int }', "no descriptions on implemented interfaces"),
    # ---- extensions -------------------------------------------------------------------
    ("ext.eof", "extend", "`extend` then the end of input"),
    ("ext.unknown", "extend foo", "`extend` an unknown kind"),
    ("ext.query", "extend query { a }", "operations cannot be extended"),
    ("ext.fragment", "extend fragment F on T { a }", "fragments cannot be extended"),
    ("ext.directive", "extend directive @d on FIELD", "directive definitions cannot be extended"),
    ("ext.string", 'extend "desc" type T', "no description after `extend`"),
    ("ext.name-missing", "extend type { f: Int }", "an extension names the type it extends"),
    ("ext.type-nothing", "extend type T", "`extend type T` with nothing"),
    ("ext.type-nothing-then-definition", "extend type T\ntype U { f: Int }", "`extend type T` with nothing, followed by a definition"),
    ("ext.type-empty-body", "extend type T {}", "`{}` adds nothing"),
    ("ext.type-implements-eof", "extend type T implements", "`implements` without an interface"),
    ("ext.type-then-shorthand", "extend type T @d\n{ a }", "a `{` after a body-less extension is read as its body"),
    ("ext.scalar-nothing", "extend scalar S", "`extend scalar S` with nothing"),
    ("ext.scalar-body", "extend scalar S { a: Int }", "a scalar extension has directives only"),
    ("ext.interface-nothing", "extend interface I", "`extend interface I` with nothing"),
    ("ext.union-nothing", "extend union U", "`extend union U` with nothing"),
    ("ext.union-equals-eof", "extend union U =", "`=` without members"),
    ("ext.enum-nothing", "extend enum E", "`extend enum E` with nothing"),
    ("ext.enum-empty-body", "extend enum E {}", "`{}` adds nothing"),
    ("ext.input-nothing", "extend input I", "`extend input I` with nothing"),
    ("ext.input-empty-body", "extend input I {}", "`{}` adds nothing"),
    ("ext.schema-nothing", "extend schema", "`extend schema` with nothing"),
    ("ext.schema-empty-body", "extend schema {}", "`{}` adds nothing"),
    ("ext.schema-then-shorthand", "extend schema\n{ a }", "a `{` after `extend schema` is read as operation types"),
    # ---- something after a complete definition ---------------------------------------------
    ("after.close-brace", "{ a } }", "an extra `}`"),
    ("after.number", "{ a } 1", "a number after a definition"),
    ("after.dollar", "{ a } $", "`$` after a definition"),
    ("after.string-eof", '{ a } "x"', "a string (description) after the last definition"),
    ("after.bracket", "{ a } ]", "`]` after a definition"),
    ("after.paren", "{ a } )", "`)` after a definition"),
    ("after.type-close-brace", "type T { f: Int } }", "an extra `}` after a type"),
    ("after.colon", "type T { f: Int }:", "`:` after a type"),
    ("after.bang", "scalar S!", "`!` after a scalar"),
    ("after.at", "type T { f: Int } @d", "a directive after the closing brace"),
    ("after.query-eof", "query Q { a } query", "a second `query` keyword at the end of input"),
    ("after.fragment-eof", "fragment F on T { a } fragment", "a second `fragment` keyword at the end of input"),
    # ---- positions: multi-byte characters, line terminators, BOM, tabs ------------------------
    ("pos.chinese-in-string", '{ a(x: "\u4e2d\u6587\u5b57\u7b26") b( }', "column after CJK text in a string (1 column per code point)"),
    ("pos.emoji-in-string", '{ a(x: "' + E * 3 + '") ) }', "column after emoji in a string (an emoji is 1 column)"),
    ("pos.zwj-emoji-in-string", '{ a(x: "' + FAMILY + '") ) }', "a ZWJ family emoji is 7 code points, 7 columns (not 1 grapheme)"),
    ("pos.combining-mark-in-string", '{ a(x: "cafe\u0301") ) }', "e + U+0301 is 2 columns"),
    ("pos.astral-cjk-in-string", '{ a(x: "\U00020000\U00020001") ) }', "CJK Extension B characters are 1 column each"),
    ("pos.bad-escape-after-emoji", '{ a(x: "' + E + '\\x") }', "the bad escape's column counts the emoji as 1"),
    ("pos.unterminated-after-emoji", '{ a(x: "' + E + E, "end of input after emoji in an open string"),
    ("pos.emoji-after-string", '{ a(x: "' + E + '") ' + E + ' }', "an emoji outside a string, after one inside"),
    ("pos.chinese-comment", "# \u4e2d\u6587\u6ce8\u91ca " + E + "\n{ a ) }", "line counting after a comment with CJK and emoji"),
    ("pos.emoji-comment-in-selection", "{ a # " + E + E + "\n  ) }", "an error on the line after a comment with emoji"),
    ("pos.emoji-block-string", '{ a(x: """' + E + "\n" + E + E + '""") ) }', "column on the last line of a block string with emoji"),
    ("pos.chinese-description", '"""\u7c7b\u578b\u8bf4\u660e ' + E + '"""\ntype T { f: Int! ! }', "an error on the line after a description with CJK"),
    ("pos.crlf", "{\r\n  a\r\n  b( )\r\n}", "CR LF is one line terminator"),
    ("pos.crlf-line-start", "{\r\n  a\r\n}\r\n}", "error at the first column of a line after CR LF"),
    ("pos.cr", "{\r  a\r  b( )\r}", "a lone CR is a line terminator"),
    ("pos.cr-line-start", "{\r  a\r}\r}", "error at the first column of a line after a lone CR"),
    ("pos.lf-line-start", "{\n  a\n}\n}", "error at the first column of a line after LF"),
    ("pos.blank-lines-line-start", "{ a }\n\n\n}", "error at the first column after blank lines"),
    ("pos.mixed-terminators", "{\n  a\r\n  b\r  c\r\r\n  d(\n  )\n}", "LF, CR LF, CR and CR CR LF in one document"),
    ("pos.lf-cr", "{ a\n\r b( ) }", "LF followed by CR is two line terminators"),
    ("pos.eof-after-lf", "{\n  a\n", "end of input after a final LF is on the next line"),
    ("pos.eof-after-crlf", "{\r\n  a\r\n", "end of input after a final CR LF is on the next line"),
    ("pos.eof-after-cr", "{\r  a\r", "end of input after a final CR is on the next line"),
    ("pos.unterminated-string-crlf-line", '{\r\n  a(x: "open\r\n}', "unterminated string at a CR LF on line 2"),
    ("pos.bom", "\ufeff{ a ) }", "a leading BOM counts as a column"),
    ("pos.two-boms", "\ufeff\ufeff{ ) }", "two BOMs count as two columns"),
    ("pos.bom-mid-line", "{ a\ufeff ) }", "a BOM between tokens counts as a column"),
    ("pos.bom-then-newline", "\ufeff\n{ a ) }", "a BOM alone on line 1"),
    ("pos.tabs", "{\n\t\ta\t( )\n}", "a tab is one column"),
    ("pos.tab-in-string", '{ a(x: "\t\t") ) }', "raw tabs in a string are one column each"),
    ("pos.line-separator-in-comment", "# LS[\u2028] is not a line break\n{ a ) }", "U+2028 inside a comment does not start a line"),
    ("pos.nel-in-comment", "# NEL[\u0085]\n{ a ) }", "U+0085 inside a comment does not start a line"),
    ("pos.form-feed-in-string", '{ a(x: "\u000c") ) }', "U+000C inside a string does not start a line"),
    ("pos.vertical-tab-in-comment", "#\u000b\n{ a ) }", "U+000B inside a comment does not start a line"),
    ("pos.paragraph-separator-in-block-string", '{ a(x: """\u2029""") ) }', "U+2029 inside a block string does not start a line"),
    # ---- the spec's own counter-example that is a syntax error ------------------------------
    ("spec.empty-selection-with-comment", "query takesCat($cat: Cat) {\n  # ...\n}\n", "Section 5 (Variables Are Input Types) counter-example: a selection set holding only a comment is empty"),
]

# Truncated escapes at the very end of the input make graphql-core 3.2.8 raise IndexError
# instead of a syntax error. For these the expectation follows graphql-js 16 (error at the
# backslash of the escape), worded like graphql-core's other escape messages.
CRASH_EXPECTATIONS = {
    "lex.string.escape-at-eof": "Invalid character escape sequence: '\\'.",
    "lex.string.unicode-short-eof": "Invalid Unicode escape sequence: '\\u1'.",
    "lex.string.pair-cut-at-eof": "Invalid Unicode escape sequence: '\\uD83D'.",
}

# Documents whose outcome differs between graphql-core (October 2021) and the September 2025
# edition: valid in 2025 only, or invalid in both but at a different place. (name, source,
# rule, expectation in Sept 2025: "valid" or (message) - the 2025 error offset comes from
# Parser2025 and the message is written in the style of graphql-js 17, which implements
# executable descriptions.)
EDITION_CASES = [
    ("2025.description.query", '"Fetches one order."\nquery Q { a }', "description on a named query", "valid"),
    ("2025.description.block-query", '"""\nFetches one order.\n"""\nquery Q { a }', "block-string description on a named query", "valid"),
    ("2025.description.anonymous-query", '"Anonymous, with the keyword." query { a }', "description on an anonymous `query`", "valid"),
    ("2025.description.mutation", '"Cancels." mutation M { cancel }', "description on a mutation", "valid"),
    ("2025.description.subscription", '"""Streams."""\nsubscription S { changed }', "description on a subscription", "valid"),
    ("2025.description.fragment", '"Shared fields."\nfragment F on T { a }', "description on a fragment definition", "valid"),
    ("2025.description.variable", 'query Q("The id." $id: ID!) { a(id: $id) }', "description on the first variable definition", "valid"),
    ("2025.description.block-variable", 'query Q(\n  """\n  The id.\n  """\n  $id: ID!\n) { a(id: $id) }', "block-string description on a variable definition", "valid"),
    ("2025.description.second-variable", 'query Q($a: Int, "Second." $b: Int) { f(a: $a, b: $b) }', "description on a later variable definition", "valid"),
    ("2025.description.variable-after-string-default", 'query Q($a: String = "x" "Second." $b: Int) { f(a: $a, b: $b) }', "a string default value directly followed by the next variable's description", "valid"),
    ("2025.description.everything", '"Op." query Q("V." $v: Int = 1 @d) @d { ...F }\n"Frag." fragment F on T @d { a }', "descriptions on an operation, a variable and a fragment together", "valid"),
    ("2025.unicode.escape-nine-digits", '{ a(x: "\\u{000000041}") }', "`\\u{...}` with 9 hex digits (leading zeros): the spec puts no limit on the digits, graphql-js 16 and graphql-core 3.2 stop after 8", "valid"),
    ("2025.unicode.escape-many-zeros", '{ a(x: "\\u{00000000000000001F600}") }', "`\\u{...}` with 21 hex digits whose value is U+1F600", "valid"),
    ("2025.description.shorthand", '"Not allowed." { a }', "a description on a query shorthand is invalid in both editions; graphql-core reports the `{`, a 2025 parser the description", "Unexpected description, descriptions are not supported on shorthand queries."),
    ("2025.description.after-variable-type", 'query Q($v: Int "Misplaced.") { a }', "a description must come before `$`, so in 2025 it is read as the next variable's description and the error moves to `)`", "Expected '$', found ')'."),
    ("2025.description.without-variable", 'query Q("Dangling.") { a }', "a variable description without a variable: the error moves from the string to `)`", "Expected '$', found ')'."),
    ("2025.description.fragment-keyword-eof", '"Dangling." fragment', "a description and `fragment` at the end of input: graphql-core blames the description, a 2025 parser the missing name", "Expected Name, found <EOF>."),
    ("2025.description.query-keyword-eof", '"Dangling." query', "a description and `query` at the end of input", "Expected '{', found <EOF>."),
]


# --------------------------------------------------------------------------------------------
# Builders


def build_invalid(errors):
    names = set()
    cases = []
    for name, source, rule in INVALID_CASES:
        if name in names:
            errors.append(f"duplicate case name {name}")
        names.add(name)
        core = core_result(source)
        new = edition_2025_result(source)
        entry = {"name": name, "source": source}
        if core[0] == "ok":
            errors.append(f"{name}: graphql-core accepts it")
            continue
        if core[0] == "crash":
            if name not in CRASH_EXPECTATIONS:
                errors.append(f"{name}: graphql-core crashed ({core[1]}) and no expectation is given")
                continue
            if new[0] != "error":
                errors.append(f"{name}: Parser2025 accepts it")
                continue
            line, column = spec_location(source, new[1])
            entry.update(line=line, column=column, message=CRASH_EXPECTATIONS[name], rule=rule)
            entry["graphqlCoreError"] = core[1]
            cases.append(entry)
            continue
        _, position, message, core_line, core_column = core
        line, column = spec_location(source, position)
        entry.update(line=line, column=column, message=message, rule=rule)
        if (core_line, core_column) != (line, column):
            entry["graphqlCoreLocation"] = {"line": core_line, "column": core_column}
        if new[0] == "ok":
            errors.append(f"{name}: valid in September 2025 - move it to EDITION_CASES")
        elif new[1] != position:
            errors.append(f"{name}: Parser2025 fails at offset {new[1]} ({new[2]}), graphql-core at {position}")
        cases.append(entry)
    return cases


def build_edition(errors):
    cases = []
    for name, source, rule, expectation in EDITION_CASES:
        core = core_result(source)
        new = edition_2025_result(source)
        if core[0] != "error":
            errors.append(f"{name}: graphql-core does not reject it with a syntax error: {core}")
            continue
        _, position, message, core_line, core_column = core
        line, column = spec_location(source, position)
        entry = {"name": name, "source": source, "rule": rule}
        entry["october2021"] = {"line": line, "column": column, "message": message}
        if (core_line, core_column) != (line, column):
            entry["october2021"]["graphqlCoreLocation"] = {"line": core_line, "column": core_column}
        if expectation == "valid":
            if new[0] != "ok":
                errors.append(f"{name}: expected valid in 2025, Parser2025 says {new}")
                continue
            entry["september2025"] = {"valid": True, "definitions": new[1]}
        else:
            if new[0] != "error":
                errors.append(f"{name}: expected invalid in 2025, Parser2025 accepts it")
                continue
            if new[1] == position:
                errors.append(f"{name}: same offset in both editions - belongs in cases.json")
            l2, c2 = spec_location(source, new[1])
            entry["september2025"] = {"valid": False, "line": l2, "column": c2, "message": expectation}
        cases.append(entry)
    return cases


def file_properties(name, text):
    """Checks that the files whose point is their bytes still have them (an editor or a git
    end-of-line conversion would silently destroy them)."""
    problems = []
    if name == "line-endings-crlf.graphql":
        if "\r\n" not in text or re.search(r"(?<!\r)\n|\r(?!\n)", text):
            problems.append("must use CR LF only")
    if name == "line-endings-cr.graphql":
        if "\r" not in text or "\n" in text:
            problems.append("must use lone CR only")
    if name == "line-endings-mixed.graphql":
        if not all(s in text for s in ("\r\r\n", "\n\r", "\r\n")) or not re.search(r"\r(?!\n)", text):
            problems.append("must mix LF, CR LF, CR, CR CR LF and LF CR")
    if name == "bom.graphql" and not text.startswith("\ufeff"):
        problems.append("must start with U+FEFF")
    if name != "bom.graphql" and text.startswith("\ufeff"):
        problems.append("unexpected BOM")
    if name == "tabs.graphql" and "\t" not in text:
        problems.append("must contain tabs")
    if name == "minimal-shorthand.graphql" and text.endswith("\n"):
        problems.append("must not end with a line break")
    return problems


def build_index(errors):
    index = []
    for name in sorted(os.listdir(VALID_DIR)):
        if not name.endswith(".graphql"):
            continue
        text = read_source(os.path.join(VALID_DIR, name))
        for problem in file_properties(name, text):
            errors.append(f"valid/{name}: {problem}")
        if not text.lstrip("\ufeff, \t").startswith("#"):
            errors.append(f"valid/{name}: must start with a header comment")
        tokens = core_token_count(text)
        own_tokens = len(tokens_2025(text))
        if own_tokens != tokens:
            errors.append(f"valid/{name}: Lexer2025 counts {own_tokens} tokens, graphql-core {tokens}")
        new = edition_2025_result(text)
        if new[0] != "ok":
            line, column = spec_location(text, new[1])
            errors.append(f"valid/{name}: Parser2025 rejects it at {line}:{column} ({new[2]})")
            continue
        core = core_result(text)
        if core[0] == "ok":
            if core[1] != new[1]:
                errors.append(f"valid/{name}: {core[1]} definitions for graphql-core, {new[1]} for Parser2025")
            status = "ok"
        elif core[0] == "error":
            _, position, message, _, _ = core
            line, column = spec_location(text, position)
            status = (
                f"unsupported: September 2025 syntax (graphql-core stops at {line}:{column}: {message}); "
                f"tokens from graphql-core's Lexer, which accepts every token of the file; definitions "
                f"from the September 2025 parser in tools/make_cases.py"
            )
        else:
            errors.append(f"valid/{name}: graphql-core crashed: {core[1]}")
            continue
        index.append({"file": name, "tokens": tokens, "definitions": new[1], "graphqlCore": status})
    return index


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    check_only = "--check" in sys.argv[1:]
    if graphql.__version__ != EXPECTED_GRAPHQL_CORE:
        sys.exit(f"graphql-core {EXPECTED_GRAPHQL_CORE} is required, found {graphql.__version__}")
    errors = []
    outputs = {
        os.path.join(INVALID_DIR, "cases.json"): build_invalid(errors),
        os.path.join(INVALID_DIR, "cases-2025.json"): build_edition(errors),
        os.path.join(VALID_DIR, "index.json"): build_index(errors),
    }
    if errors:
        sys.exit("corpus check failed:\n  " + "\n  ".join(errors))
    stale = []
    for path, data in outputs.items():
        text = dumps(data)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as f:
                old = f.read()
        if old != text:
            stale.append(os.path.relpath(path, CORPUS))
            if not check_only:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        print(f"{os.path.relpath(path, CORPUS)}: {len(data)} entries, sha256 {digest}")
    if check_only and stale:
        sys.exit("out of date: " + ", ".join(stale))
    if not check_only:
        print("rewritten: " + (", ".join(stale) if stale else "nothing (already up to date)"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Seed quotes for observations: find candidates, record picks, check them.

Data/quotes.csv has one row per observation key of Data/observations.csv (same
order): indicator,mission,period,category,line,quote. `quote` is copied verbatim
from the seed named by the observation's source (Data/sources.csv -> seed file in
Data/seeds/), with one normalisation only: every run of whitespace (spaces, tabs,
newlines, non-breaking spaces - Python's \\s) is collapsed to one space and the
quote is stripped at both ends. `line` is the 1-based seed line where the quote
starts. An empty quote (with line 0) means no supporting seed text was found.

Usage (run from the repository root or anywhere; paths are relative to this file):
  quotes.py suggest [PREFIX ...] [--all] [-n N] [--tsv]
      print ranked candidate quotes for observations that have no quote yet
      (PREFIX filters indicator ids, e.g. P1 or P4.13); --all also shows rows
      that already have a quote; -n N shows N candidates per row; --tsv prints
      the best candidate as a `set` line to review and edit. Candidates are the
      units (sentence, table row, list item, footnote) of the seed that contain
      the text the note quotes between doubled quotes, a printed form of the
      value (16984 -> 16,984 / 16 984; 6 -> six / sixth; 0 -> no / none / nil;
      3699:1 -> 3699 to 1; 1600000 -> 1.6 million; 460000 -> 460k), the mission
      id, or (text values) the value's words; they are scored by overlap with the
      indicator title, locator and category, by lying under the indicator's
      PRIORITY heading, and shorter is better. Automatic picks must be reviewed.
  quotes.py set < picks.tsv
      upsert picks, one per line: indicator|mission|period|category<TAB>quote[<TAB>line]
      (quote may be typed with any whitespace; it is normalised, located in the
      seed and its line computed - the occurrence nearest the optional line
      hint; an unlocatable quote is refused). A quote of
      "-" records "no quote" (line 0).
  quotes.py check
      verify every row: its key exists in observations.csv, every observation has
      exactly one row and the order matches, the quote is whitespace-normalised and
      a verbatim substring of its seed, it starts at `line`, and - for numeric
      values of rows that are `ok` and not `inferred` - the quote prints the value
      in some form (see suggest). Prints violations, exit 1 if any.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SEEDS = os.path.join(DATA, "seeds")
OBS = os.path.join(DATA, "observations.csv")
QUOTES = os.path.join(DATA, "quotes.csv")
FIELDS = ["indicator", "mission", "period", "category", "line", "quote"]
KEY = ("indicator", "mission", "period", "category")

WS = re.compile(r"\s+")


def norm(s):
    return WS.sub(" ", s).strip()


# ---------------------------------------------------------------- seeds
class Seed:
    """A seed file with its whitespace-normalised text and an index -> line map."""

    def __init__(self, name):
        self.name = name
        with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
            self.raw = f.read()
        out, lines = [], []
        line, pending_space = 1, False
        for ch in self.raw:
            if ch.isspace():
                if out:
                    pending_space = True
                if ch == "\n":
                    line += 1
                continue
            if pending_space:
                out.append(" ")
                lines.append(line)  # a collapsed space belongs to the next text
                pending_space = False
            out.append(ch)
            lines.append(line)
        self.text = "".join(out)
        self.line_of = lines
        self._bounds = None

    def find_all(self, q):
        q = norm(q)
        res, i = [], self.text.find(q)
        while q and i >= 0:
            res.append(i)
            i = self.text.find(q, i + 1)
        return res

    def line_at(self, i):
        # the quote starts at its first character (never a space: quotes are stripped)
        return self.line_of[i]

    # unit boundaries (sentence / table row / list item / footnote starts)
    def bounds(self):
        if self._bounds is not None:
            return self._bounds
        b = {0}
        t = self.text
        abbrev = re.compile(r"(?:\be\.g|\bi\.e|\bNo|\bMr|\bMs|\bDr|\bvs|\bSt|\betc|\bres|\bpara|\bp|\bAdd|\bRev|\b[A-Z])\.$")
        for m in re.finditer(r"[.!?…][\"”’')\]]*(?:\[?\d{1,2}\]?)?(?= (?=[A-Z0-9\"“‘(•●▪\-*■□✓]))", t):
            head = t[max(0, m.start() - 6):m.start() + 1]
            if abbrev.search(head):
                continue
            b.add(m.end() + 1)
        # line starts: in the clean seeds every line is a paragraph, table row, list
        # item or heading; in the hard-wrapped 002 only some lines start a unit.
        rawlines = self.raw.split("\n")
        # index of first char of each line in normalised text
        first = {}
        for i, ln in enumerate(self.line_of):
            if ln not in first:
                first[ln] = i
        wrapped = self.name.startswith("002_")
        prev = ""
        for ln, txt in enumerate(rawlines, start=1):
            s = txt.strip()
            if not s:
                continue
            if ln in first:
                start = first[ln]
                # a line may begin with text that continues a collapsed space: first char
                if not wrapped:
                    b.add(start)
                else:
                    p = prev.rstrip()
                    if ("\t" in txt or re.match(r"^[•●▪\-*■□✓]|^\d{1,2} [A-Z]", s)
                            or p.endswith((".", ":", "!", "?")) or len(p) < 32
                            or re.match(r"^(Priority|PRIORITY|Figure|Source|Note)\b", s)):
                        b.add(start)
            prev = s
        self._bounds = sorted(b)
        return self._bounds

    def unit(self, i, j=None):
        """The unit (start, end) covering text[i:j]."""
        import bisect
        if j is None:
            j = i + 1
        bs = self.bounds()
        k = bisect.bisect_right(bs, i) - 1
        s = bs[max(k, 0)]
        k2 = bisect.bisect_left(bs, j)
        e = bs[k2] if k2 < len(bs) else len(self.text)
        while s < e and self.text[s] == " ":
            s += 1
        if self.name.startswith("004_"):  # matrix paragraph numbers ("168<sup>a</sup> ") are not text
            m = re.match(r"\d{1,3}(?:<sup>\w+</sup>)? (?=[A-Z])", self.text[s:e])
            if m and m.end() < e - s:
                s += m.end()
        return s, len(self.text[:e].rstrip()) if e > s else e


_seed_cache = {}


def seed(name):
    if name not in _seed_cache:
        _seed_cache[name] = Seed(name)
    return _seed_cache[name]


# ---------------------------------------------------------------- data
def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def key_of(r):
    return tuple(r[k] for k in KEY)


def load():
    obs = read_csv(OBS)
    src = {r["id"]: r for r in read_csv(os.path.join(DATA, "sources.csv"))}
    ind = {r["id"]: r for r in read_csv(os.path.join(DATA, "indicators.csv"))}
    quotes = read_csv(QUOTES) if os.path.exists(QUOTES) else []
    return obs, src, ind, quotes


def write_quotes(obs, qmap):
    with open(QUOTES, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FIELDS)
        for r in obs:
            k = key_of(r)
            line, q = qmap.get(k, (0, ""))
            w.writerow(list(k) + [line, q])


# ---------------------------------------------------------------- value forms
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def number_forms(v):
    """Printed forms of a numeric value, as regexes."""
    try:
        x = float(v)
    except ValueError:
        m = re.fullmatch(r"(\d+):(\d+)", v.strip())
        if m:
            return [m.group(1) + r"\s*(?::|to)\s*" + m.group(2)]
        return []
    forms = []
    if x == int(x):
        n = int(x)
        s = str(n)
        forms.append(s)
        if n >= 1000:
            forms.append("{:,}".format(n))
            forms.append("{:,}".format(n).replace(",", r"[\s\u202f\u00a0.]"))
            if n % 1000000 == 0:
                forms.append(str(n // 1000000) + r"\s*million")
            elif n % 100000 == 0:
                forms.append(str(n / 1000000).rstrip("0") + r"\s*million")
            if n % 1000 == 0:
                forms.append(str(n // 1000) + r"\s*(?:k|K|thousand)")
        if n < len(WORDS):
            forms.append(WORDS[n])
        if 0 < n < len(ORDINALS):
            forms.append(ORDINALS[n])
            forms.append(s + r"(?:st|nd|rd|th)")
        if n == 0:  # words, and a lone dash in a table row ("UNFICYP - -")
            forms += ["no", "none", "nil", "not any", r"(?<!\S)[-–—](?=\s[-–—]|\s*$)"]
        if n == 1:
            forms += ["another", "a single", r"an? (?:peacekeeper|woman|hospital|unit|mission|company)"]
        elif n in TENS:
            forms.append(TENS[n])
        elif n < 100 and n // 10 * 10 in TENS:
            forms.append(TENS[n // 10 * 10] + "[- ]" + WORDS[n % 10])
        forms.append(s + r"\.0\b")
    else:
        s = ("%f" % x).rstrip("0").rstrip(".")
        forms.append(re.escape(s))
        forms.append(re.escape(s.replace(".", ",")))
        if s.startswith("0."):
            forms.append(re.escape(s[1:]))
    out = []
    for f in forms:
        if f[0].isdigit():
            out.append(r"(?<![\d.,])(?i:" + f + r")(?![\d]|[.,]\d)")
        elif f[0].isalpha():
            out.append(r"(?i:\b" + f + r"\b)")
        else:
            out.append(f)
    return out


def contains_number(q, v):
    return any(re.search(f, q) for f in number_forms(v))


def is_number(v):
    return bool(re.fullmatch(r"-?\d+(\.\d+)?|\d+:\d+", v.strip()))


# ---------------------------------------------------------------- suggest
STOP = set("""a an the of and or in on at to for by with from as is are was were be been this that
these those it its per all any mission missions number share total cycle c4 c5 c6 paragraph para
chart table row column lead priority not which who has have had over under than into out also
one two three four five six seven eight nine ten see note""".split())


def words(s):
    return {w for w in re.findall(r"[a-z][a-z\-]{2,}", s.lower()) if w not in STOP}


def note_fragments(note):
    frags = []
    for m in re.finditer(r"[\"“]([^\"”]{6,})[\"”]", note):
        for piece in re.split(r"…|\.\.\.|\[[^\]]*\]", m.group(1)):
            piece = norm(piece).strip(" ,;")
            if len(piece) >= 6:
                frags.append(piece)
    return frags


def priority_regions(sd):
    """Spans of normalised text under each 'PRIORITY n' heading."""
    hs = [(m.start(), int(m.group(1))) for m in re.finditer(r"(?i)\bpriority\s*(\d)\b[.:]?\s+[A-Z]{3}", sd.text)]
    regions = {}
    for i, (pos, p) in enumerate(hs):
        end = hs[i + 1][0] if i + 1 < len(hs) else len(sd.text)
        regions.setdefault(p, []).append((pos, end))
    return regions


def candidates(r, src, ind, top=3):
    s = src[r["source"]]
    sd = seed(s["seed"])
    t = sd.text
    scores = {}

    def add(i, j, pts, why):
        u = sd.unit(i, j)
        if u[1] - u[0] > 1500:  # runaway unit: fall back to the line window
            return
        cur = scores.setdefault(u, [0.0, set()])
        if why not in cur[1]:
            cur[0] += pts
            cur[1].add(why)

    for fr in note_fragments(r["note"]):
        hits = sd.find_all(fr)
        spans = [(i, i + len(norm(fr))) for i in hits]
        if not spans:  # tolerate **bold** marks, case and apostrophe variants
            pat = re.escape(norm(fr)).replace(r"\ ", r"(?:\*\*)?\s(?:\*\*)?")
            pat = re.sub(r"['’]|\\'", "['’]", pat)
            spans = [(m.start(), m.end()) for m in re.finditer("(?i)" + pat, t)]
        for i, j in spans:
            add(i, j, 10 if len(fr) >= 20 else 3, "note")
    v = r["value"]
    mission = r["mission"]
    if r["status"] == "ok" and is_number(v):
        for f in number_forms(v):
            for m in re.finditer(f, t):
                add(m.start(), m.end(), 4, "value")
    if mission not in ("ALL", "HQ", ""):
        for m in re.finditer(re.escape(mission), t):
            add(m.start(), m.end(), 2, "mission")
    if r["status"] != "ok" or r["qualifier"] == "inferred":
        for m in re.finditer(r"(?i)unavailable|not available|no data|not reported|did not report", t):
            add(m.start(), m.end(), 1, "na")
    # score every existing candidate by title / locator overlap and section
    title = ind[r["indicator"]]["title"] if r["indicator"] in ind else ""
    tw = words(title) | words(r["locator"]) | words(r["category"].replace("_", " "))
    pr = re.match(r"P(\d)", r["indicator"])
    regions = priority_regions(sd).get(int(pr.group(1)), []) if pr else []
    vw = set()
    if r["status"] == "ok" and not is_number(v) and v not in ("yes", "no"):
        vw = words(v)  # text / rating values: condensed wording of the sentence
        for w in sorted(vw, key=len, reverse=True)[:8]:
            for m in re.finditer(r"(?i)\b" + re.escape(w), t):
                add(m.start(), m.end(), 0.0, "text")
    out = []
    for (a, b), (sc, why) in scores.items():
        u = t[a:b]
        uw = words(u)
        ov = len(tw & uw)
        sc += 0.7 * ov + 1.0 * len(vw & uw)
        if any(x <= a < y for x, y in regions):
            sc += 1.5
        sc -= (b - a) / 600.0
        out.append((sc, a, b, ",".join(sorted(why))))
    out.sort(key=lambda x: -x[0])
    return [(sc, sd.line_at(a), t[a:b], why) for sc, a, b, why in out[:top]]


def fmt_key(k):
    return "|".join(k)


def cmd_suggest(args):
    obs, src, ind, quotes = load()
    show_all = "--all" in args
    n = 1
    if "-n" in args:
        n = int(args[args.index("-n") + 1])
    prefixes = [a for a in args if not a.startswith("-") and not a.isdigit()]
    qd = {key_of(q): q for q in quotes}
    tsv = "--tsv" in args
    for r in obs:
        k = key_of(r)
        if prefixes and not any(r["indicator"].startswith(p) for p in prefixes):
            continue
        if not show_all and k in qd and qd[k]["quote"]:
            continue
        cands = candidates(r, src, ind, top=n)
        if tsv:
            print("%s\t%s" % (fmt_key(k), cands[0][2] if cands else "-"))
            continue
        print("## %s\t= %s %s [%s] %s | %s" % (fmt_key(k), r["value"][:60], r["qualifier"], r["status"],
                                              r["locator"][:60], r["note"][:160]))
        for sc, line, q, why in cands:
            print("   %5.1f L%-4d %-14s %s" % (sc, line, why, q[:400]))
        if not cands:
            print("   (no candidate)")


# ---------------------------------------------------------------- set
def cmd_set(args):
    obs, src, ind, quotes = load()
    obs_by_key = {key_of(r): r for r in obs}
    qmap = {key_of(q): (int(q["line"] or 0), q["quote"]) for q in quotes}
    bad = 0
    for raw in sys.stdin:
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        kpart, _, q = raw.partition("\t")
        hint = None
        if "\t" in q:  # optional third column: line hint, picks the nearest occurrence
            q, _, h = q.rpartition("\t")
            hint = int(h)
        k = tuple(kpart.split("|"))
        if len(k) == 3:
            k = k + ("",)
        if k not in obs_by_key:
            print("unknown key:", kpart, file=sys.stderr)
            bad += 1
            continue
        q = norm(q)
        if q in ("-", ""):
            qmap[k] = (0, "")
            continue
        sd = seed(src[obs_by_key[k]["source"]]["seed"])
        hits = sd.find_all(q)
        if not hits:
            print("not in seed %s: %s\t%s" % (sd.name, kpart, q[:120]), file=sys.stderr)
            bad += 1
            continue
        lines = [sd.line_at(i) for i in hits]
        if hint is not None:
            lines.sort(key=lambda ln: abs(ln - hint))
        qmap[k] = (lines[0], q)
    write_quotes(obs, qmap)
    return 1 if bad else 0


# ---------------------------------------------------------------- check
def cmd_check(args):
    obs, src, ind, quotes = load()
    errs = []
    obs_keys = [key_of(r) for r in obs]
    obs_by_key = {key_of(r): r for r in obs}
    seen = set()
    qkeys = []
    for n, q in enumerate(quotes, start=2):
        k = key_of(q)
        where = "quotes.csv:%d: %s" % (n, fmt_key(k))
        qkeys.append(k)
        if k in seen:
            errs.append(where + ": duplicate key")
        seen.add(k)
        if k not in obs_by_key:
            errs.append(where + ": key not in observations.csv")
            continue
        r = obs_by_key[k]
        text = q["quote"]
        try:
            line = int(q["line"])
        except ValueError:
            errs.append(where + ": line is not a number: %r" % q["line"])
            continue
        if text == "":
            if line != 0:
                errs.append(where + ": empty quote must have line 0")
            continue
        if text != norm(text):
            errs.append(where + ": quote is not whitespace-normalised")
        s = src.get(r["source"])
        if not s:
            errs.append(where + ": unknown source %s" % r["source"])
            continue
        sd = seed(s["seed"])
        hits = sd.find_all(text)
        if not hits:
            errs.append(where + ": quote is not a verbatim substring of %s" % sd.name)
            continue
        lines = sorted({sd.line_at(i) for i in hits})
        if line not in lines:
            errs.append(where + ": quote starts at line %s of %s, not %d" %
                        ("/".join(map(str, lines)), sd.name, line))
        if r["status"] == "ok" and is_number(r["value"]) and r["qualifier"] != "inferred":
            if not contains_number(text, r["value"]):
                errs.append(where + ": quote does not print the value %s" % r["value"])
    missing = [k for k in obs_keys if k not in seen]
    for k in missing:
        errs.append("quotes.csv: no row for observation %s" % fmt_key(k))
    if not missing and [k for k in qkeys if k in obs_by_key] != obs_keys:
        errs.append("quotes.csv: rows are not in observations.csv order")
    for e in errs:
        print(e)
    filled = sum(1 for q in quotes if q["quote"])
    print("%d observations, %d quote rows, %d with a quote, %d violation(s)" %
          (len(obs), len(quotes), filled, len(errs)), file=sys.stderr)
    return 1 if errs else 0


def main(argv):
    if not argv or argv[0] not in ("suggest", "check", "set"):
        print(__doc__)
        return 2
    return {"suggest": cmd_suggest, "check": cmd_check, "set": cmd_set}[argv[0]](argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Build Data/c34-recommendations.csv from seed 004 (A/79/553/Add.1).

One row per paragraph of A/78/19 answered in the matrix. The status is a
heuristic read of the paragraph's first sentence (see docs/data.md); the
summary is the first sentence, verbatim, cut at 240 characters.
Usage: python3 Data/tools/extract_c34.py SEED_004.txt > Data/c34-recommendations.csv
"""
import csv, re, sys

SEED = "004_ad453c7417d56308.txt"
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}

def classify(text):
    t = text.strip()
    if t.startswith("Implementation is ongoing") or re.match(r"With regard to \w+, implementation is ongoing", t):
        return "ongoing_see_2023"
    if t.startswith("Please refer to the status"):
        return "see_2023"
    if t.startswith("This recommendation is addressed to Member States"):
        return "member_states_briefing" if "briefing" in t else "member_states"
    if t.startswith("No status update requested"):
        return "no_update_requested"
    if re.match(r"(The requested briefing|A briefing to the Special Committee|Lessons learned and best practices will be shared through an informal briefing)", t):
        return "briefing"
    if re.match(r"The Secretariat (takes|has taken) note", t):
        return "taken_note"
    return "substantive"

def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    section, title = None, None
    paras = []  # [number, a, section, title, first_line, line_no]
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        m = re.match(r"^#+\s*\**\s*([IVX]+)\.\s+(.*?)\**$", line)
        if m:
            section, title = m.group(1), m.group(2).strip("* ")
            continue
        m = re.match(r"^(\d{2,3})(<sup>a</sup>)?\s+(\S.*)$", line)
        if m and section and not line.startswith("25 October"):
            paras.append([int(m.group(1)), bool(m.group(2)), section, title, m.group(3), no])
        elif paras and line and not line.startswith(("Paragraph", "in A/78/19", "*Paragraph", "---", "<sup>a</sup>")):
            # continuation text: only used to detect "addressed to Member States ... briefing"
            p = paras[-1]
            if len(p) == 6:
                p.append(line)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["paragraph", "section", "section_title", "online_detail", "status", "summary", "source", "locator"])
    for p in paras:
        number, a, sec, title, first, line_no = p[:6]
        rest = p[6] if len(p) > 6 else ""
        status = classify(first if not first.startswith("This recommendation is addressed") else first + " " + rest)
        sentence = re.split(r"(?<=[.;])\s", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", first))[0]
        sentence = sentence.replace("\\(", "(").replace("\\)", ")")
        if len(sentence) > 240:
            sentence = sentence[:237].rstrip() + "..."
        w.writerow([number, sec, title, "yes" if a else "no", status, sentence, "S004", f"{SEED} line {line_no}"])

if __name__ == "__main__":
    main(sys.argv[1])

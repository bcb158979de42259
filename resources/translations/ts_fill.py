#!/usr/bin/env python3
"""Fill CellBoard's Qt translation file from its translation table, and check it.

    ts_fill.py list   [--ts FILE] [--table F]  unfinished entries the table lacks, as entries to complete
    ts_fill.py fill   [--ts FILE] [--table F]  translate every entry the table knows
    ts_fill.py check  [--ts FILE]              exit 1 on an unfinished entry or a broken translation

The table (cellboard_zh_CN.table) is the source of truth: "fill" overwrites a translation the
table has, keeps a finished translation it does not have (e.g. one made in Qt Linguist), and
leaves the rest unfinished. The file is then normalised with lconvert, so it reads exactly as
lupdate writes it. See README.md in this folder for the whole workflow.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TS = os.path.join(HERE, "cellboard_zh_CN.ts")
DEFAULT_TABLE = os.path.join(HERE, "cellboard_zh_CN.table")

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
# "&" followed by a letter or digit marks a keyboard accelerator ("&&" is a literal ampersand)
ACCELERATOR = re.compile(r"(?<!&)&(?!&)[^\s&]")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def read_table(path):
    """Returns {(context or None, source): translation}."""
    table, context, source = {}, None, None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("context: "):
                context = line[len("context: "):].strip()
            elif line.startswith("en: "):
                source = unescape(line[len("en: "):])
            elif line.startswith("zh: "):
                if source is None:
                    sys.exit(f"{path}:{number}: a zh: line without its en: line")
                table[(context, source)] = unescape(line[len("zh: "):])
                context, source = None, None
            else:
                sys.exit(f"{path}:{number}: expected en:, zh:, context: or a comment")
    return table


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def translation_texts(message):
    tr = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in tr.findall("numerusform")]
    return [tr.text or ""]


def is_unfinished(message):
    tr = message.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not any(
        t.strip() for t in translation_texts(message))


def problems(source, translation):
    """What a translation breaks in its source: placeholders, HTML tags, accelerators."""
    found = []
    if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
        found.append("placeholders %s became %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                      sorted(set(PLACEHOLDER.findall(translation)))))
    if sorted(t.lower() for t in TAG.findall(source)) != sorted(t.lower() for t in TAG.findall(translation)):
        found.append("HTML tags differ")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
        found.append("the & accelerator is missing or doubled")
    return found


def lconvert():
    for candidate in (os.environ.get("LCONVERT"), shutil.which("lconvert"), "/usr/lib/qt6/bin/lconvert"):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def write(tree, path):
    tmp = tempfile.NamedTemporaryFile("wb", suffix=".ts", delete=False)
    with tmp:
        tmp.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(tmp, encoding="utf-8", xml_declaration=False)
    tool = lconvert()
    if tool:
        subprocess.run([tool, "-locations", "none", "-no-obsolete", "-i", tmp.name, "-o", path], check=True)
        os.unlink(tmp.name)
    else:
        shutil.move(tmp.name, path)


def cmd_fill(args):
    table = read_table(args.table)
    tree = ET.parse(args.ts)
    filled = kept = left = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source") or ""
        text = table.get((context, source), table.get((None, source)))
        tr = message.find("translation")
        if text is None:
            if is_unfinished(message):
                left += 1
            else:
                kept += 1
            continue
        bad = problems(source, text)
        if bad:
            sys.exit(f"{args.table}: {context} \"{escape(source)}\": " + "; ".join(bad))
        if tr is None:
            tr = ET.SubElement(message, "translation")
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
            for form in forms:
                form.text = text
        else:
            tr.text = text
        filled += 1
    write(tree, args.ts)
    print(f"{os.path.basename(args.ts)}: {filled} from the table, {kept} kept, {left} unfinished")
    return 0 if left == 0 else 1


def cmd_list(args):
    table = read_table(args.table)
    tree = ET.parse(args.ts)
    count = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source") or ""
        known = (context, source) in table or (None, source) in table
        if is_unfinished(message) and not known:
            count += 1
            print(f"## {context}\nen: {escape(source)}\nzh: \n")
    print(f"# {count} unfinished entries the table does not know yet", file=sys.stderr)
    return 0


def cmd_check(args):
    tree = ET.parse(args.ts)
    failures = []
    for context, message in messages(tree.getroot()):
        source = message.findtext("source") or ""
        if is_unfinished(message):
            failures.append(f"{context}: \"{escape(source)}\" is unfinished")
            continue
        for text in translation_texts(message):
            for problem in problems(source, text):
                failures.append(f"{context}: \"{escape(source)}\": {problem}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["list", "fill", "check"])
    parser.add_argument("--ts", default=DEFAULT_TS)
    parser.add_argument("--table", default=DEFAULT_TABLE)
    args = parser.parse_args()
    return {"list": cmd_list, "fill": cmd_fill, "check": cmd_check}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

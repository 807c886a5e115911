#!/usr/bin/env python3
"""Helper for the translators of leap-entra-setup (stdlib only).

  tstool.py pending  TS... > keys.json   the source texts (text + disambiguation) that are not yet
                                         translated in any of the given .ts files, numbered
  tstool.py show     keys.json           the same, readable, one block per key
  tstool.py merge    keys.json BATCH... -- TS...
                                         fill the .ts files from batch files and mark them finished
  tstool.py stats    TS...               translated / unfinished / obsolete counts

A batch file is plain UTF-8 text, one block per key; "\\n" stands for a line break, and plural
forms (numerus) are separated by " || ":

  @12
  de: Anwendungs-ID (Client)
  fr: ID d'application (client)
  es: Id. de aplicación (cliente)
  ja: アプリケーション (クライアント) ID

Translations are keyed by source text and disambiguation, not by context, so one English
phrase gets one translation wherever it occurs. lupdate (cmake --build <dir> --target
update_translations) stays the only tool that adds or removes messages.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

LANG_RE = re.compile(r"^([a-z]{2,3}):\s?(.*)$")


def messages(root):
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


def key_of(msg):
    return (msg.findtext("source") or "", msg.findtext("comment") or "")


def is_finished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "") for f in forms)
    return bool(tr.text)


def cmd_pending(ts_files):
    keys, seen = [], set()
    for path in ts_files:
        root = ET.parse(path).getroot()
        for ctx, msg in messages(root):
            k = key_of(msg)
            if not is_finished(msg) and k not in seen:
                seen.add(k)
                keys.append({"source": k[0], "comment": k[1], "context": ctx,
                             "numerus": msg.get("numerus") == "yes"})
    json.dump(keys, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


def cmd_show(keys_file):
    keys = json.load(open(keys_file, encoding="utf-8"))
    for i, k in enumerate(keys):
        flags = " NUMERUS" if k["numerus"] else ""
        if k["comment"]:
            flags += " [" + k["comment"] + "]"
        print(f"@{i} {k['context']}{flags}")
        print(k["source"].replace("\n", "\\n"))


def read_batches(paths):
    out = {}
    for path in paths:
        current = None
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                current = int(line[1:].split()[0])
                out.setdefault(current, {})
                continue
            m = LANG_RE.match(line)
            if not m or current is None:
                sys.exit(f"{path}:{lineno}: cannot read: {line!r}")
            out[current][m.group(1)] = m.group(2).replace("\\n", "\n")
    return out


def cmd_merge(keys_file, batch_files, ts_files):
    keys = json.load(open(keys_file, encoding="utf-8"))
    batches = read_batches(batch_files)
    table = {}
    for i, texts in batches.items():
        if i >= len(keys):
            sys.exit(f"key @{i} is not in {keys_file}")
        k = keys[i]
        table[(k["source"], k["comment"])] = texts
    for path in ts_files:
        tree = ET.parse(path)
        root = tree.getroot()
        lang = root.get("language", "").split("_")[0]
        filled = 0
        for _, msg in messages(root):
            texts = table.get(key_of(msg))
            if not texts or lang not in texts:
                continue
            text = texts[lang]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in text.split(" || "):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
            filled += 1
        write_ts(tree, path)
        print(f"{path}: {filled} messages filled")


def write_ts(tree, path):
    # Keep lupdate's layout (4-space indentation, DOCTYPE) so lupdate's own rewrites stay small.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = body.replace("'", "&apos;").replace('"', "&quot;")
    # attribute quotes were turned into &quot; above: restore them inside tags only
    body = re.sub(r"<[^>]+>", lambda m: m.group(0).replace("&quot;", '"').replace("&apos;", "'"),
                  body)
    # lupdate writes <context> at column 0, one level less than ElementTree's indentation.
    body = "\n".join(line[4:] if line.startswith("    ") else line for line in body.split("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def cmd_stats(ts_files):
    for path in ts_files:
        root = ET.parse(path).getroot()
        done = unfinished = obsolete = 0
        for _, msg in messages(root):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("obsolete", "vanished"):
                obsolete += 1
            elif is_finished(msg):
                done += 1
            else:
                unfinished += 1
        print(f"{path}: {done} translated, {unfinished} unfinished, {obsolete} obsolete")


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == "pending":
        cmd_pending(args)
    elif cmd == "show":
        cmd_show(args[0])
    elif cmd == "merge":
        sep = args.index("--")
        cmd_merge(args[0], args[1:sep], args[sep + 1:])
    elif cmd == "stats":
        cmd_stats(args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)

"""Reads Isnad exports the way a notebook would and checks every offset against Python.

Usage: check_export_offsets.py EXPORT.json EXPORT.jsonl EXPORT.csv
Prints one JSON summary line; exits 1 listing every mismatch. Standard library only.
"""
import csv
import json
import sys


def check_span(where, text, start_cp, end_cp, expected, problems):
    if text[start_cp:end_cp] != expected:
        problems.append(f"{where}: text[{start_cp}:{end_cp}] == {text[start_cp:end_cp]!r}, expected {expected!r}")


def check_json(path, problems):
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    if export.get("offsetUnit") != "utf16-code-unit" or export.get("codePointOffsetUnit") != "unicode-code-point":
        problems.append(f"{path}: offset units not stated")
    texts, count = {}, 0
    for doc in export["documents"]:
        text = doc["text"]
        texts[doc["id"]] = text
        if len(text) != doc["lengthCodePoints"]:
            problems.append(f"{path}: {doc['id']} has {len(text)} code points, export says {doc['lengthCodePoints']}")
        for a in doc["annotations"]:
            count += 1
            where = f"{path}: {doc['id']}/{a['id']}"
            check_span(where, text, a["startCodePoint"], a["endCodePoint"], a["text"], problems)
            # UTF-16 offsets are for JavaScript; check they agree with the same span.
            units = text.encode("utf-16-le")
            if units[a["start"] * 2:a["end"] * 2].decode("utf-16-le") != a["text"]:
                problems.append(f"{where}: UTF-16 offsets {a['start']}-{a['end']} do not select the text")
            before = text[:a["startCodePoint"]]
            after = text[a["endCodePoint"]:]
            if not before.endswith(a["prefix"]) or not after.startswith(a["suffix"]):
                problems.append(f"{where}: prefix/suffix do not surround the span")
    return texts, count


def check_jsonl(path, problems):
    count = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            doc = json.loads(line)
            text = doc["text"]
            if len(doc["label"]) != len(doc["annotations"]):
                problems.append(f"{path}:{n}: label and annotations differ in length")
            for (start, end, label), a in zip(doc["label"], doc["annotations"]):
                count += 1
                check_span(f"{path}:{n} {label}", text, start, end, a["text"], problems)
                if label != a["type"].upper():
                    problems.append(f"{path}:{n}: label {label} for a {a['type']}")
    return count


def undefuse(cell):
    """Formula neutralization put an apostrophe before a cell starting with = + - @ tab or CR."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def check_csv(path, texts, problems):
    rows = 0
    # utf-8-sig: the BOM Excel needs must not end up in the first column's name.
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None or reader.fieldnames[0] != "document_id":
            problems.append(f"{path}: first column is {reader.fieldnames and reader.fieldnames[0]!r}")
            return 0, []
        samples = []
        for row in reader:
            rows += 1
            text = texts[row["document_id"]]
            start, end = int(row["start_code_point"]), int(row["end_code_point"])
            check_span(f"{path}: row {rows}", text, start, end, row["text"], problems)
            prefix, suffix = undefuse(row["prefix"]), undefuse(row["suffix"])
            if not text[:start].endswith(prefix) or not text[end:].startswith(suffix):
                problems.append(f"{path}: row {rows}: prefix/suffix do not surround the span")
            samples.append({k: row[k] for k in ("type", "text", "speaker_name", "figure_value", "verdict", "evidence")})
    return rows, samples


def main():
    json_path, jsonl_path, csv_path = sys.argv[1:4]
    problems = []
    texts, json_count = check_json(json_path, problems)
    jsonl_count = check_jsonl(jsonl_path, problems)
    csv_count, rows = check_csv(csv_path, texts, problems)
    print(json.dumps({"json": json_count, "jsonl": jsonl_count, "csv": csv_count, "rows": rows, "problems": problems}, ensure_ascii=False))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

"""Reads Isnad exports the way a notebook would and checks every offset (and PDF page) against Python.

Usage: check_export_offsets.py EXPORT.json EXPORT.jsonl EXPORT.csv
Prints one JSON summary line; exits 1 listing every mismatch. Standard library only.
"""
import csv
import json
import sys


def check_span(where, text, start_cp, end_cp, expected, problems):
    if text[start_cp:end_cp] != expected:
        problems.append(f"{where}: text[{start_cp}:{end_cp}] == {text[start_cp:end_cp]!r}, expected {expected!r}")


def page_of(pages, start_cp):
    """The page an offset is on: the last page starting at or before it (pages in code points)."""
    found = None
    for p in pages:
        if p["startCodePoint"] <= start_cp:
            found = p["page"]
    return found


def check_pages(where, doc, problems):
    """A PDF document's page map: numbered from 1, in order, both offset units agreeing."""
    pages = doc.get("pages")
    if pages is None:
        return None
    text = doc["text"]
    units = text.encode("utf-16-le")
    for i, p in enumerate(pages):
        if p["page"] != i + 1:
            problems.append(f"{where}: page {i} is numbered {p['page']}")
        if len(units[:p["start"] * 2].decode("utf-16-le")) != p["startCodePoint"]:
            problems.append(f"{where}: page {p['page']} starts at {p['start']} (UTF-16) but {p['startCodePoint']} (code points)")
        if i > 0 and p["startCodePoint"] < pages[i - 1]["startCodePoint"]:
            problems.append(f"{where}: page {p['page']} starts before page {pages[i - 1]['page']}")
    return pages


def check_page(where, pages, a, problems):
    expected = page_of(pages, a["startCodePoint"]) if pages is not None else None
    if a.get("page") != expected:
        problems.append(f"{where}: page is {a.get('page')!r}, the span starts on {expected!r}")
    return expected


def check_json(path, problems):
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    if export.get("offsetUnit") != "utf16-code-unit" or export.get("codePointOffsetUnit") != "unicode-code-point":
        problems.append(f"{path}: offset units not stated")
    texts, count = {}, 0
    pages_of = {}
    for doc in export["documents"]:
        text = doc["text"]
        texts[doc["id"]] = text
        pages = check_pages(f"{path}: {doc['id']}", doc, problems)
        if len(text) != doc["lengthCodePoints"]:
            problems.append(f"{path}: {doc['id']} has {len(text)} code points, export says {doc['lengthCodePoints']}")
        for a in doc["annotations"]:
            count += 1
            where = f"{path}: {doc['id']}/{a['id']}"
            check_span(where, text, a["startCodePoint"], a["endCodePoint"], a["text"], problems)
            pages_of[(doc["id"], a["id"])] = check_page(where, pages, a, problems)
            # UTF-16 offsets are for JavaScript; check they agree with the same span.
            units = text.encode("utf-16-le")
            if units[a["start"] * 2:a["end"] * 2].decode("utf-16-le") != a["text"]:
                problems.append(f"{where}: UTF-16 offsets {a['start']}-{a['end']} do not select the text")
            before = text[:a["startCodePoint"]]
            after = text[a["endCodePoint"]:]
            if not before.endswith(a["prefix"]) or not after.startswith(a["suffix"]):
                problems.append(f"{where}: prefix/suffix do not surround the span")
    return (texts, pages_of), count


def check_jsonl(path, problems):
    count = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            doc = json.loads(line)
            text = doc["text"]
            pages = check_pages(f"{path}:{n}", doc, problems)
            if len(doc["label"]) != len(doc["annotations"]):
                problems.append(f"{path}:{n}: label and annotations differ in length")
            for (start, end, label), a in zip(doc["label"], doc["annotations"]):
                count += 1
                check_span(f"{path}:{n} {label}", text, start, end, a["text"], problems)
                check_page(f"{path}:{n} {label}", pages, a, problems)
                if label != a["type"].upper():
                    problems.append(f"{path}:{n}: label {label} for a {a['type']}")
    return count


def undefuse(cell):
    """Formula neutralization put an apostrophe before a cell starting with = + - @ tab or CR."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def check_csv(path, found, problems):
    texts, pages_of = found
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
            page = pages_of.get((row["document_id"], row["annotation_id"]))
            if row["page"] != ("" if page is None else str(page)):
                problems.append(f"{path}: row {rows}: page column {row['page']!r}, expected {page!r}")
            prefix, suffix = undefuse(row["prefix"]), undefuse(row["suffix"])
            if not text[:start].endswith(prefix) or not text[end:].startswith(suffix):
                problems.append(f"{path}: row {rows}: prefix/suffix do not surround the span")
            samples.append({k: row[k] for k in ("type", "text", "speaker_name", "figure_value", "verdict", "evidence", "page")})
    return rows, samples


def main():
    json_path, jsonl_path, csv_path = sys.argv[1:4]
    problems = []
    found, json_count = check_json(json_path, problems)
    jsonl_count = check_jsonl(jsonl_path, problems)
    csv_count, rows = check_csv(csv_path, found, problems)
    print(json.dumps({"json": json_count, "jsonl": jsonl_count, "csv": csv_count, "rows": rows, "problems": problems}, ensure_ascii=False))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

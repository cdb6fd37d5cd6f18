#!/usr/bin/env python3
"""Checks Isnad's interchange exports with plain Python (standard library only).

usage: check_interchange.py EXPORT.json W3C.jsonld SPACY.jsonl BIO.conll

- every W3C TextPositionSelector, as Python slices code points, gives its TextQuoteSelector's
  exact text, and the prefix and suffix sit right before and after it;
- every token line of the BIO file reads the text at its offsets, and the spans rebuilt from
  the B-/I- tags (plus those listed as "# not tagged") are exactly the spaCy file's spans.

Prints a JSON report; exits 1 when anything disagrees.
"""
import json
import sys

URN = "urn:isnad:document:"


def w3c_problems(texts, path):
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)
    problems, checked = [], 0
    for item in collection["first"]["items"]:
        doc_id = item["target"]["source"][len(URN):]
        text = texts[doc_id]
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
        start, end = position["start"], position["end"]
        checked += 1
        if text[start:end] != quote["exact"]:
            problems.append(f"w3c {item['id']}: text[{start}:{end}] is {text[start:end]!r}, exact is {quote['exact']!r}")
        if not text[:start].endswith(quote["prefix"]) or not text[end:].startswith(quote["suffix"]):
            problems.append(f"w3c {item['id']}: prefix/suffix do not surround the quote")
    return checked, problems


def bio_documents(path):
    docs, current, open_spans = {}, None, [None, None, None]

    def close(i):
        if open_spans[i] is not None:
            current["spans"].append(tuple(open_spans[i]))
        open_spans[i] = None

    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# newdoc id = "):
                if current is not None:
                    for i in range(3):
                        close(i)
                current = {"spans": [], "rows": []}
                docs[line[len("# newdoc id = "):]] = current
                continue
            if line.startswith("# not tagged = "):
                label, start, end = line[len("# not tagged = "):].split(" ")[:3]
                current["spans"].append((int(start), int(end), label))
                continue
            if line.startswith("#"):
                continue
            if line == "":
                continue
            token, start, end, *tags = line.split("\t")
            current["rows"].append((token, int(start), int(end)))
            for i, tag in enumerate(tags[:3]):
                if tag == "O" or tag.startswith("B-"):
                    close(i)
                if tag.startswith("B-"):
                    open_spans[i] = [int(start), int(end), tag[2:]]
                elif tag.startswith("I-"):
                    if open_spans[i] is None:
                        raise ValueError(f"I- tag without a B- before it: {line!r}")
                    open_spans[i][1] = int(end)
    if current is not None:
        for i in range(3):
            close(i)
    return docs


def bio_problems(spacy_path, bio_path):
    docs = bio_documents(bio_path)
    problems, spans = [], 0
    with open(spacy_path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    for line in lines:
        doc_id, text = line["meta"]["id"], line["text"]
        bio = docs.get(doc_id)
        if bio is None:
            problems.append(f"bio: document {doc_id} missing")
            continue
        for token, start, end in bio["rows"]:
            if text[start:end] != token:
                problems.append(f"bio {doc_id}: token {token!r} is not text[{start}:{end}]")
        expected = sorted((s["start"], s["end"], s["label"]) for s in line["spans"])
        spans += len(expected)
        if sorted(bio["spans"]) != expected:
            problems.append(f"bio {doc_id}: rebuilt {sorted(bio['spans'])} != spaCy {expected}")
    return len(lines), spans, problems


def main():
    export_path, w3c_path, spacy_path, bio_path = sys.argv[1:5]
    with open(export_path, encoding="utf-8") as f:
        texts = {d["id"]: d["text"] for d in json.load(f)["documents"]}
    w3c, problems = w3c_problems(texts, w3c_path)
    documents, spans, more = bio_problems(spacy_path, bio_path)
    problems += more
    print(json.dumps({"w3c": w3c, "bioDocuments": documents, "spans": spans, "problems": problems}, ensure_ascii=False))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

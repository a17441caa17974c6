# Independent readers for the export round-trip test (tests/graph/exports/python-readers.test.ts):
# Python's csv module, json, and networkx for GEXF and GraphML. Prints what they read as one JSON.
import csv
import json
import os
import sys

import networkx as nx


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_jsonl(path):
    with open(path, newline="", encoding="utf-8") as f:
        # splitlines() also breaks on U+2028/U+2029 and lone CR: records must survive it.
        return [json.loads(line) for line in f.read().splitlines() if line]


def graph_data(g):
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "mode": g.graph.get("mode"),
        "nodes": {str(n): d for n, d in g.nodes(data=True)},
        "edges": [{"source": s, "target": t, **d} for s, t, d in g.edges(data=True)],
    }


csv_dir, jsonl_dir, gexf, graphml = sys.argv[1:5]
out = {
    "networkx": nx.__version__,
    "csv": {name: read_csv(os.path.join(csv_dir, f"{name}.csv")) for name in ("relationships", "nodes", "documents")},
    "jsonl": {name: read_jsonl(os.path.join(jsonl_dir, f"{name}.jsonl")) for name in ("relationships", "nodes", "documents")},
    "gexf": graph_data(nx.read_gexf(gexf)),
    "graphml": graph_data(nx.read_graphml(graphml)),
}
json.dump(out, sys.stdout, ensure_ascii=False, default=str)

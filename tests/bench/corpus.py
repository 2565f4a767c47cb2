"""A synthetic content pack of N lessons for benchmarks, deterministic for a seed. Never shipped.

    python -m tests.bench.corpus OUTPUT_FOLDER [--lessons N] [--seed S]

Lessons have 20 to 300 words drawn from a Zipf-distributed vocabulary (with some accented and
some Arabic words), facets (region, sector, year, type) and links to models and themes. Every
title says "Synthetic" so the pack can never be mistaken for real content.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
from pathlib import Path

import yaml

REGIONS = ["Africa", "Americas", "Asia Pacific", "Europe", "Middle East and North Africa", "Global"]
SECTORS = ["Health", "Shelter", "Water and sanitation", "Livelihoods", "Migration", "Disaster risk reduction", "Protection"]
ACCENTED = ["coopération", "société", "réseau", "financé", "évaluation", "bénévoles", "crédit", "équipe", "sécurité", "accès"]
ARABIC = ["الهلال", "الأحمر", "شراكة", "تمويل", "متطوعين", "المانحين", "تقييم", "مجتمع"]
SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pa", "qui", "zen", "ta", "bri", "mon", "fe", "gal"]
THEMES = 24
MODELS = 12


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words = {"partnership", "donor", "funding", "independence", "results", "dialogue", "volunteers", "community"}
    for length in itertools.count(2):
        for combo in itertools.product(SYLLABLES, repeat=length):
            words.add("".join(combo))
            if len(words) >= size - len(ACCENTED) - len(ARABIC):
                ordered = sorted(words)
                rng.shuffle(ordered)
                return ordered[:8] + ACCENTED + ordered[8:20] + ARABIC + ordered[20:]
    raise AssertionError("unreachable")


def front_matter(fields: dict, body: str) -> str:
    # JSON is YAML too, and the loader parses a JSON front matter many times faster.
    return "---\n" + json.dumps(fields, ensure_ascii=False) + "\n---\n" + body + "\n"


def write_pack(folder: Path, lessons: int = 100_000, seed: int = 7, *, pack_id: str = "synthetic") -> Path:
    rng = random.Random(seed)
    words = vocabulary(20_000, rng)
    weights = list(itertools.accumulate(1 / (rank ** 1.07) for rank in range(1, len(words) + 1)))

    def text(count: int) -> str:
        return " ".join(rng.choices(words, cum_weights=weights, k=count))

    folder.mkdir(parents=True, exist_ok=True)
    attributes = [{"key": f"attr_{n:02d}", "label": f"Attribute {n}", "group": f"Group {n // 10}", "type": "text", "order": n}
                  for n in range(40)]
    (folder / "pack.yaml").write_text(yaml.safe_dump({
        "id": pack_id, "title": "Synthetic benchmark pack", "version": "1.0.0", "language": "en",
        "description": "Generated for benchmarks only; not real content.", "attributes": attributes,
    }, sort_keys=False), encoding="utf-8")
    for kind in ("sources", "themes", "models", "lessons"):
        (folder / kind).mkdir(exist_ok=True)
    (folder / "sources" / "synthetic-source.md").write_text(front_matter(
        {"id": "synthetic-source", "title": "Synthetic source", "citation": "Generated data", "relation": "primary"}, "Generated."), encoding="utf-8")
    cite = [{"source": "synthetic-source", "locator": "generated"}]
    for n in range(THEMES):
        (folder / "themes" / f"theme-{n:02d}.md").write_text(front_matter({"id": f"theme-{n:02d}", "title": f"Synthetic theme {text(2)}"}, text(30)), encoding="utf-8")
    for n in range(MODELS):
        values = {a["key"]: {"value": text(rng.randint(3, 12)), "sources": cite} for a in attributes}
        (folder / "models" / f"model-{n:02d}.md").write_text(front_matter({
            "id": f"model-{n:02d}", "title": f"Synthetic model {text(2)}", "category": "synthetic", "summary": text(20),
            "parties": [], "attributes": values, "sources": cite}, text(120)), encoding="utf-8")
    for n in range(lessons):
        fields = {
            "id": f"lesson-{n:06d}", "title": f"Synthetic lesson {text(rng.randint(3, 7))}",
            "type": "challenge" if rng.random() < 0.3 else "lesson",
            "statement": text(rng.randint(8, 20)), "recommendation": text(rng.randint(6, 15)),
            "themes": sorted({f"theme-{rng.randrange(THEMES):02d}" for _ in range(rng.randint(1, 3))}),
            "models": sorted({f"model-{rng.randrange(MODELS):02d}" for _ in range(rng.randint(0, 2))}),
            "sources": cite, "year": rng.randint(1990, 2025), "region": rng.choice(REGIONS), "sector": rng.choice(SECTORS),
        }
        body = text(rng.randint(20, 300))
        (folder / "lessons" / f"lesson-{n:06d}.md").write_text(front_matter(fields, body), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.corpus")
    parser.add_argument("output", type=Path)
    parser.add_argument("--lessons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_pack(args.output, args.lessons, args.seed)
    print(f"Wrote {args.lessons} synthetic lessons to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

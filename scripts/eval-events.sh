#!/usr/bin/env bash
# Score the event stage against the PLOVER gold-standard sentences.
#
#   scripts/eval-events.sh [all|dev|held]   (default: all)
#
# dev is every other gold line from the first (the half the rules were tuned
# on), held the other half. Needs ../shared (SHARED=...) and python3; writes
# only to a temporary directory.
set -euo pipefail
SHARED=${SHARED:-../shared}
GOLD=$SHARED/eval/events/plover_gsr.jsonl
SPLIT=${1:-all}
BIN=${BIN:-$(mktemp -d)/chronicle}
[ -f "$GOLD" ] || { echo "eval-events: $GOLD not found; set SHARED" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$BIN" ] || go build -o "$BIN" ./cmd/chronicle
python3 - "$GOLD" "$SPLIT" "$tmp" <<'PY'
import json, sys
gold, split, tmp = sys.argv[1:4]
rows = [json.loads(l) for l in open(gold, encoding='utf-8') if l.strip()]
keep = [r for i, r in enumerate(rows) if split == 'all' or (split == 'dev') == (i % 2 == 0)]
with open(tmp + '/gold.jsonl', 'w', encoding='utf-8') as g, open(tmp + '/in.jsonl', 'w', encoding='utf-8') as f:
    for r in keep:
        g.write(json.dumps(r) + '\n')
        f.write(json.dumps({'id': r['id'], 'text': r['text'], 'published': r.get('date', '')}) + '\n')
PY
"$BIN" analyze --format jsonl ${ANALYZE_FLAGS:-} "$tmp/in.jsonl" > "$tmp/pred.jsonl"
echo "split=$SPLIT"
python3 "$SHARED/tools/score-events" "$tmp/gold.jsonl" "$tmp/pred.jsonl"
if [ -n "${KEEP:-}" ]; then cp "$tmp/pred.jsonl" "$KEEP"; cp "$tmp/gold.jsonl" "$KEEP.gold"; fi

#!/bin/sh
# Checks a minix3j program's layout: two PT_LOAD segments, text read-only and executable,
# data writable and not executable, both page-aligned, nothing below 0x08048000.
set -e
file=$1
loads=$(readelf -lW "$file" | awk '$1 == "LOAD"')
count=$(printf '%s\n' "$loads" | grep -c LOAD)
fail() { echo "check-elf: $file: $1" >&2; printf '%s\n' "$loads" >&2; exit 1; }
[ "$count" -eq 2 ] || fail "expected 2 PT_LOAD segments, found $count"
text=$(printf '%s\n' "$loads" | sed -n 1p)
data=$(printf '%s\n' "$loads" | sed -n 2p)
echo "$text" | grep -q ' R E ' || fail "the first segment is not R E"
echo "$data" | grep -q ' RW ' || fail "the second segment is not RW"
for segment in "$text" "$data"; do
  address=$(echo "$segment" | awk '{print $3}')
  offset=$(echo "$segment" | awk '{print $2}')
  [ $((address % 4096)) -eq 0 ] && [ $((offset % 4096)) -eq 0 ] || fail "a segment is not page-aligned"
  [ $((address)) -ge $((0x08048000)) ] || fail "a segment is below 0x08048000"
done
echo "check-elf: $(basename "$file"): text R E and data RW in separate page-aligned segments"

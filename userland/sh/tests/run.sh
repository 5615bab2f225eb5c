#!/bin/sh
# Runs the shell's test cases with a given shell binary and reports mismatches.
#
#   tests/run.sh SHELL [CASE.t ...]
#
# Each case (cases/NAME.t) is a script, then a line "### stdout", the
# expected standard output, and a line "### status N" with the expected exit
# status. The script runs in a fresh empty directory with standard input from
# /dev/null; TESTSH names the shell under test, for cases that start it
# again. The runner needs only a POSIX shell, cat, mkdir and rm.
#
# A host build for running it: gcc -O2 -Wall -Wextra -o /tmp/sh-host *.c

if [ $# -lt 1 ]; then
	echo "usage: $0 SHELL [CASE.t ...]" >&2
	exit 2
fi
SH=$1
shift
case $SH in
/*) ;;
*/*) SH=$(pwd)/$SH ;;
*) SH=$(command -v "$SH") ;;
esac
here=${0%/*}
[ "$here" = "$0" ] && here=.
here=$(cd "$here" && pwd)
if [ $# -eq 0 ]; then
	set -- "$here"/cases/*.t
fi
TESTSH=$SH
export TESTSH
limit=
if command -v timeout >/dev/null 2>&1; then
	limit="timeout 20"
fi

pass=0
fail=0
failed=
base=${TMPDIR:-/tmp}/shtest.$$
rm -rf "$base"
mkdir -p "$base" || exit 2
for c in "$@"; do
	name=${c##*/}
	name=${name%.t}
	dir=$base/$name
	mkdir "$dir"
	mode=script
	want=0
	: >"$base/$name.script"
	: >"$base/$name.expected"
	while IFS= read -r line || [ -n "$line" ]; do
		case $mode in
		script)
			if [ "$line" = "### stdout" ]; then
				mode=out
			else
				printf '%s\n' "$line" >>"$base/$name.script"
			fi
			;;
		out)
			case $line in
			"### status "*)
				want=${line#"### status "}
				mode=done
				;;
			*) printf '%s\n' "$line" >>"$base/$name.expected" ;;
			esac
			;;
		esac
	done <"$c"
	(cd "$dir" && $limit "$SH" "$base/$name.script" </dev/null >"$base/$name.out" 2>"$base/$name.err")
	got=$?
	actual=$(cat "$base/$name.out"; echo x)
	expected=$(cat "$base/$name.expected"; echo x)
	if [ "$actual" = "$expected" ] && [ "$got" = "$want" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		failed="$failed $name"
		echo "FAIL $name: status $got (expected $want)"
		if [ "$actual" != "$expected" ]; then
			echo "--- expected"
			cat "$base/$name.expected"
			echo "--- got"
			cat "$base/$name.out"
		fi
		if [ -s "$base/$name.err" ]; then
			echo "--- stderr"
			cat "$base/$name.err"
		fi
	fi
done
rm -rf "$base"
echo "$pass passed, $fail failed${failed:+:$failed}"
[ "$fail" -eq 0 ]

set -- 1 2 3; echo $#
(set -e; false; echo not reached); echo sub $?
set -e
false || true
echo survived
if false; then :; fi
echo still
set +e
false; echo after $?
### stdout
3
sub 1
survived
still
after 1
### status 0

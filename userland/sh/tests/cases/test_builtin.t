[ a = a ] && echo eq
[ a != b ] && echo ne
[ -z "" ] && echo z
[ -n x ] && echo n
[ 3 -lt 5 -a 5 -gt 3 ] && echo and
[ ! -e /nonexistent ] && echo not
test -d / && echo dir
[ "-n" = "-n" ] && echo str
[ 1 -eq 2 ] || echo false
### stdout
eq
ne
z
n
and
not
dir
str
false
### status 0

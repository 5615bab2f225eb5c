set -- a "b c" d
echo $# $1 $2 $3
for i in "$@"; do echo "[$i]"; done
for i in $*; do echo "<$i>"; done
echo "$*"
shift
echo $# $1
set --
echo $# "[$@]"
for i in "$@"; do echo never; done
### stdout
3 a b c d
[a]
[b c]
[d]
<a>
<b>
<c>
<d>
a b c d
2 b c
0 []
### status 0

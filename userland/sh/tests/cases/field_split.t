v='a b   c'
for i in $v; do echo "[$i]"; done
IFS=: ; p='x:y::z'
for i in $p; do echo "<$i>"; done
IFS=' '
e=''; set -- $e; echo $#
set -- "$e"; echo $#
### stdout
[a]
[b]
[c]
<x>
<y>
<>
<z>
0
1
### status 0

for w in a 'b c' d; do echo "$w"; done
set -- x y
for a; do echo arg $a; done
for f in; do echo none; done
for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done
### stdout
a
b c
d
arg x
arg y
1a
2a
### status 0

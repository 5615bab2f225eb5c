for i in 1 2; do echo $i; done > f
cat f
while read l; do echo "r$l"; done < f
if true; then echo inif; fi > g; cat g
f() { echo infunc; }
f > h; cat h
### stdout
1
2
r1
r2
inif
infunc
### status 0

readonly r=1
echo $r
r=2 2>/dev/null
echo not reached
### stdout
1
### status 2

x=1
(x=2; echo in $x)
echo out $x
{ x=3; echo grp $x; }
echo out $x
(cd /; pwd)
( echo a; echo b ) | wc -l
### stdout
in 2
out 1
grp 3
out 3
/
2
### status 0

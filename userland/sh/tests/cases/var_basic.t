a=1 b=2
echo $a $b ${a}x "${b}y"
unset a
echo "[${a}]"
c=$a$b
echo $c
### stdout
1 2 1x 2y
[]
2
### status 0

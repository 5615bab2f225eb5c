unset u; e=
echo ${u:-d1} ${e:-d2} ${e-d3} [${u-}]
echo ${u:=set} $u
echo ${e:+alt} ${u:+alt}
echo ${#u}
### stdout
d1 d2 []
set set
alt
3
### status 0

x=$(case a in a) echo one;; *) echo two;; esac)
echo $x
y="$(for i in 1 2; do case $i in (1) echo i1;; 2) echo i2;; esac; done)"
echo $y
### stdout
one
i1 i2
### status 0

i=0
while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done
until [ $i -eq 0 ]; do i=$((i-1)); echo u$i; done
while true; do break; done; echo broke
i=0; while [ $i -lt 5 ]; do i=$((i+1)); [ $i = 2 ] && continue; [ $i = 4 ] && break; echo c$i; done
### stdout
w0
w1
w2
u2
u1
u0
broke
c1
c3
### status 0

echo bg > f & wait
cat f
(sleep 0; exit 3) & p=$!
wait $p; echo $?
sleep 0 & sleep 0 & wait; echo all
### stdout
bg
3
all
### status 0

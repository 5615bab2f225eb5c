(exit 5) & a=$!
(exit 6) & b=$!
wait $b; echo b=$?
wait $a; echo a=$?
wait; echo none=$?
### stdout
b=6
a=5
none=0
### status 0

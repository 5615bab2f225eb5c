[ "$$" -gt 0 ] && echo pid ok
sleep 0 & p=$!
[ "$p" -gt 0 ] && echo bg ok
wait $p; echo $?
x=$(echo $$); [ "$x" = "$$" ] && echo same in subst
### stdout
pid ok
bg ok
0
same in subst
### status 0

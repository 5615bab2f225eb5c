f() { for i in 1 2 3; do [ $i = 2 ] && return 9; echo $i; done; }
f; echo $?
### stdout
1
9
### status 0

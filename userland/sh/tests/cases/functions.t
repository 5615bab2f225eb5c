greet() {
  echo "hello $1 ($#)"
}
greet world
greet "a b" c
f() { local_x=1; return 5; echo no; }
f; echo $? $local_x
outer() { inner() { echo inner; }; inner; }
outer; inner
g() { echo "$@"; }; set -- p q; g 1 2; echo $1
rec() { if [ $1 -gt 0 ]; then echo $1; rec $(($1-1)); fi; }; rec 3
### stdout
hello world (1)
hello a b (2)
5 1
inner
inner
1 2
p
3
2
1
### status 0

a=$(echo hi)
b=`echo there`
echo "$a $b"
echo "$(echo "nested $(echo deep)")"
n=$(printf 'x\n\n\n'); echo "[$n]"
echo $(echo a; echo b)
echo "$(false)$?"
### stdout
hi there
nested deep
[x]
a b
0
### status 0

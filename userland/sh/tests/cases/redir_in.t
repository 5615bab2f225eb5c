printf 'l1\nl2\n' > in
cat < in
read first < in; echo "$first"
exec 3< in
read a <&3; read b <&3
echo "$a $b"
exec 3<&-
exec 3>out3; echo x >&3; exec 3>&-; cat out3
echo y 2>/dev/null >&3 || echo closed
### stdout
l1
l2
l1
l1 l2
x
closed
### status 0

x=outer
x=tmp env | grep '^x='
echo $x
y=1 true
echo "[$y]"
### stdout
x=tmp
outer
[]
### status 0

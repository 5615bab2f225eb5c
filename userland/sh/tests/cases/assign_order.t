a=1
a=2 b=$a
echo $b
x=$(exit 4); echo $?
### stdout
2
4
### status 0

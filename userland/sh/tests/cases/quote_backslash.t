echo a\ b \$HOME \\ \"
echo one\
two
echo "three\
four"
### stdout
a b $HOME \ "
onetwo
threefour
### status 0

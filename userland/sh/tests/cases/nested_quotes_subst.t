a="x y"
echo "$(echo "$a" | wc -w)"
b=$(echo '$a')
echo $b
echo "${a:-"def"}"
echo ${undefined:-'lit $a'}
### stdout
2
$a
x y
lit $a
### status 0

x=val
printf '%s\n' "x=$x a  b q\"q d\$x bs\\ keep\n"
echo "$x"'$x'\$x
### stdout
x=val a  b q"q d$x bs\ keep\n
val$x$x
### status 0

$TESTSH -c 'echo $0 $1 $2' name one two
$TESTSH -c 'exit 4'; echo $?
echo 'echo from stdin $#' | $TESTSH
printf 'echo script $1\n' > s; $TESTSH s arg
$TESTSH -c 'if then' 2>/dev/null; echo syntax $?
### stdout
name one two
4
from stdin 0
script arg
syntax 2
### status 0

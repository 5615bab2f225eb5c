printf 'echo "$0" $# "$1" "$2"\nexit $#\n' > s.sh
$TESTSH s.sh a 'b c'; echo st=$?
$TESTSH -c 'echo $# "$@"' zero 1 2 3
### stdout
s.sh 2 a b c
st=2
3 1 2 3
### status 0

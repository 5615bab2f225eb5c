set -- a b c d
shift; echo $*
shift 2; echo $*
### stdout
b c d
d
### status 0

( exec echo replaced; echo not reached )
exec > out
echo into file
exec >&2
cat out >&2
### stdout
replaced
### status 0

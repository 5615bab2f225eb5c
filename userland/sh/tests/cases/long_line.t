x=$(i=0; while [ $i -lt 3000 ]; do printf 'abcdefghij'; i=$((i+1)); done)
echo ${#x}
eval "y=$x"; echo ${#y}
### stdout
30000
30000
### status 0

printf 'one two three\n  lead  trail  \nback\\slash\nlast' > in
{ read a b; echo "[$a][$b]"
  read x; echo "[$x]"
  read -r r; echo "[$r]"
  read l; echo "[$l] $?"
  read z; echo "eof $?"
} < in
echo 'a:b:c' | { IFS=: read p q; echo "$p|$q"; }
### stdout
[one][two three]
[lead  trail]
[back\slash]
[last] 1
eof 1
a|b:c
### status 0

printf '%s-%s\n' a b c d
printf '%5d|%-5d|%05d|%x|%o|%c\n' 42 42 42 255 8 xyz
printf '%.2s\n' abcdef
printf 'no newline'; echo
### stdout
a-b
c-d
   42|42   |00042|ff|10|x
ab
no newline
### status 0

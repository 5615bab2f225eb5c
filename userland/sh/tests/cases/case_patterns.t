for w in apple banana cherry x.c '*' 7; do
case $w in
  a*) echo "$w: a";;
  b?n*) echo "$w: b";;
  [cd]herry|zzz) echo "$w: c";;
  *.c) echo "$w: dot c";;
  \*) echo "$w: star";;
  [0-9]) echo "$w: digit";;
esac
done
case x in (x) echo paren;; esac
case "a b" in "a b") echo quoted;; esac
v='*'; case abc in $v) echo var glob;; esac
case abc in "$v") echo no;; *) echo quoted var;; esac
### stdout
apple: a
banana: b
cherry: c
x.c: dot c
*: star
7: digit
paren
quoted
var glob
quoted var
### status 0

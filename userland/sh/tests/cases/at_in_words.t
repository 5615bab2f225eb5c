set -- a b
echo "x$@y"
for i in "x$@y"; do echo "[$i]"; done
set -- 'one  two'
for i in $@; do echo "<$i>"; done
### stdout
xa by
[xa]
[by]
<one>
<two>
### status 0

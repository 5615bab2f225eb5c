echo one > f
echo two >> f
cat f
echo err 2> e >&2
cat e
ls nosuch 2>/dev/null || echo failed
{ echo a; echo b >&2; } > both 2>&1
cat both
### stdout
one
two
err
failed
a
b
### status 0

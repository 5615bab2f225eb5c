echo a
exit 3
echo b
### stdout
a
### status 3

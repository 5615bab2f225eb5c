# a comment
echo a # trailing
echo b#not
echo '#quoted'
### stdout
a
b#not
#quoted
### status 0

echo hello | cat | cat
printf 'b\na\nc\n' | sort | head -2
echo x | false; echo $?
false | true; echo $?
echo abc | { read v; echo "got $v"; }
### stdout
hello
a
b
1
0
got abc
### status 0

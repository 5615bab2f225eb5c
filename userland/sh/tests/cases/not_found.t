nosuchcommand_xyz 2>/dev/null; echo $?
./nonexist 2>/dev/null; echo $?
touch nx; chmod -x nx; ./nx 2>/dev/null; echo $?
### stdout
127
127
126
### status 0

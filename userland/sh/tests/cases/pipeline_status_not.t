! echo x | grep -q y; echo $?
echo abc | grep -q b && echo found
### stdout
0
found
### status 0

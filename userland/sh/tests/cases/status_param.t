false; echo $?
true; echo $?
(exit 7); echo $?
! true; echo $?
! false; echo $?
### stdout
1
0
7
1
0
### status 0

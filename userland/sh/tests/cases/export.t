V1=one; export V1
export V2=two
V3=three
env | grep '^V[0-9]=' | sort
unset V1
env | grep -c '^V1=' || true
### stdout
V1=one
V2=two
0
### status 0

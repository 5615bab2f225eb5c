echo before
if then
echo after
### stdout
before
### status 2

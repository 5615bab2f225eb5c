set -e
echo before
false
echo never
### stdout
before
### status 1

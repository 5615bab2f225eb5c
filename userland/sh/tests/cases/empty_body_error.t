echo start
eval 'if true; then fi' 2>/dev/null
echo never
### stdout
start
### status 2
